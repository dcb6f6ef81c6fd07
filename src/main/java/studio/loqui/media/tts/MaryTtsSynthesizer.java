package studio.loqui.media.tts;

import jakarta.enterprise.context.ApplicationScoped;
import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import studio.loqui.media.audio.PcmAudio;
import org.w3c.dom.Document;
import studio.loqui.media.dsp.Decimator;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MaryTTS 5.2 embedded, English, with the HSMM voice {@code cmu-slt-hsmm}. Mary is started once,
 * on first use; its interface object holds per-call settings, so calls are serialised.
 */
@ApplicationScoped
public class MaryTtsSynthesizer implements SpeechSynthesizer {

    public static final String VOICE = "cmu-slt-hsmm";
    public static final int OUTPUT_RATE = 16000;
    private static final Set<String> LANGUAGES = Set.of("en", "en-us", "en-gb");

    private volatile Startup startup;

    private record Startup(MaryInterface mary, String problem) {
    }

    @Override
    public String name() {
        return "marytts";
    }

    @Override
    public boolean available() {
        return start().problem() == null;
    }

    @Override
    public String detail() {
        Startup s = start();
        return s.problem() == null ? "MaryTTS 5.2.1 embedded, voice " + VOICE : s.problem();
    }

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public int quality(String language) {
        return 10;
    }

    @Override
    public SynthesisResult synthesize(SynthesisRequest request) {
        request.validate();
        if (!supports(request.language())) {
            throw new SynthesisException("MaryTTS does not speak '" + request.language() + "'.");
        }
        MaryInterface mary = start().mary();
        double speed = request.voice().speed();
        synchronized (mary) {
            try {
                if (speed == 1.0) {
                    mary.setInputType("TEXT");
                    PcmAudio audio = toPcm(mary.generateAudio(request.text()));
                    return result(audio, request.timings() ? phonemes(mary, request.text()) : List.of());
                }
                Document ssml = SsmlProsody.atSpeed(request.text(), "en-US", speed);
                mary.setInputType("SSML");
                PcmAudio audio = toPcm(mary.generateAudio(ssml));
                return result(audio, request.timings() ? phonemes(mary, ssml) : List.of());
            } catch (marytts.exceptions.SynthesisException | IOException | RuntimeException e) {
                // Mary's modules fail with assorted runtime exceptions on odd input; the caller gets one type
                throw new SynthesisException("MaryTTS could not speak the text: " + e.getMessage(), e);
            } finally {
                mary.setInputType("TEXT");
            }
        }
    }

    private SynthesisResult result(PcmAudio audio, List<SpeechTiming> phonemes) {
        if (audio.durationSeconds() < SynthesisResult.MIN_SECONDS) {
            throw new SynthesisException("The text contains nothing MaryTTS can pronounce in English.");
        }
        return new SynthesisResult(audio, phonemes, name(), VOICE);
    }

    private static List<SpeechTiming> phonemes(MaryInterface mary, Document ssml)
            throws marytts.exceptions.SynthesisException {
        mary.setOutputType("REALISED_DURATIONS");
        try {
            return RealisedDurations.parse(mary.generateText(ssml));
        } finally {
            mary.setOutputType("AUDIO");
        }
    }

    private static List<SpeechTiming> phonemes(MaryInterface mary, String text)
            throws marytts.exceptions.SynthesisException {
        mary.setOutputType("REALISED_DURATIONS");
        try {
            return RealisedDurations.parse(mary.generateText(text));
        } finally {
            mary.setOutputType("AUDIO");
        }
    }

    /** The HSMM voice renders at 48 kHz; speech work here is done at {@link #OUTPUT_RATE}. */
    private static PcmAudio toPcm(AudioInputStream stream) throws IOException {
        AudioFormat source = stream.getFormat();
        AudioFormat pcm16 = new AudioFormat(source.getSampleRate(), 16, 1, true, false);
        try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm16, stream)) {
            byte[] bytes = readFully(converted);
            PcmAudio native48k = PcmAudio.fromPcm16le(bytes, 0, bytes.length, Math.round(source.getSampleRate()));
            return Decimator.toRate(native48k, OUTPUT_RATE);
        }
    }

    /** Mary's stream returns short reads, so {@code readAllBytes} stops early; read until end of stream. */
    private static byte[] readFully(AudioInputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        byte[] buf = new byte[1 << 15];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private Startup start() {
        Startup s = startup;
        if (s == null) {
            synchronized (this) {
                if (startup == null) {
                    startup = boot();
                }
                s = startup;
            }
        }
        return s;
    }

    private static Startup boot() {
        try {
            MaryInterface mary = new LocalMaryInterface();
            if (!mary.getAvailableVoices().contains(VOICE)) {
                return new Startup(null, "MaryTTS started but voice " + VOICE + " is not on the class path");
            }
            mary.setLocale(Locale.US);
            mary.setVoice(VOICE);
            return new Startup(mary, null);
        } catch (Exception | LinkageError e) {
            return new Startup(null, "MaryTTS could not start: " + e);
        }
    }
}
