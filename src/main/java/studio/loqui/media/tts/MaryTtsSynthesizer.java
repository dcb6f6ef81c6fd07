package studio.loqui.media.tts;

import jakarta.enterprise.context.ApplicationScoped;
import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.modules.RealisedDurationsExtractor;
import marytts.modules.synthesis.Voice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * MaryTTS 5.2 embedded, English, with the HSMM voice {@code cmu-slt-hsmm}. Mary is started once,
 * on first use; its interface object holds per-call settings, so calls are serialised. Mary's
 * front end produces the acoustic parameters; {@link HtsSentenceRenderer} turns them into sound.
 */
@ApplicationScoped
public class MaryTtsSynthesizer implements SpeechSynthesizer {

    public static final String VOICE = "cmu-slt-hsmm";
    public static final int OUTPUT_RATE = 16000;
    /**
     * The vocoder sets F0 exactly, so intonation can widen further than PSOLA allows: slt's spread
     * (1.2-1.7 semitones) comes near a lively reader's (3.4-4 in the LibriVox test voices). At 3.0
     * the measured median drifted 0.6 semitone from the target (YIN loses the lowest, quietest frames).
     */
    static final double MAX_SPREAD_SCALE = 2.5;
    private static final Set<String> LANGUAGES = Set.of("en", "en-us", "en-gb");

    private volatile Startup startup;

    private record Startup(MaryInterface mary, HtsSentenceRenderer renderer, String problem) {
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
    public boolean followsPitchTarget() {
        return true;
    }

    @Override
    public SynthesisResult synthesize(SynthesisRequest request) {
        request.validate();
        if (!supports(request.language())) {
            throw new SynthesisException("MaryTTS does not speak '" + request.language() + "'.");
        }
        Startup started = start();
        MaryInterface mary = started.mary();
        double speed = request.voice().speed();
        synchronized (mary) {
            try {
                Document acoustics = acousticParameters(mary, request.text(), speed);
                Rendered rendered = render(started.renderer(), acoustics, request.voice().pitch());
                return result(rendered, request.timings() ? phonemes(acoustics) : List.of());
            } catch (Exception e) {
                // Mary's modules fail with assorted exceptions on odd input; the caller gets one type
                throw new SynthesisException("MaryTTS could not speak the text: " + e.getMessage(), e);
            } finally {
                mary.setInputType("TEXT");
                mary.setOutputType("AUDIO");
            }
        }
    }

    /** Mary's front end, up to the phones with their durations and pitch targets. */
    private static Document acousticParameters(MaryInterface mary, String text, double speed)
            throws marytts.exceptions.SynthesisException {
        mary.setOutputType("ACOUSTPARAMS");
        if (speed == 1.0) {
            mary.setInputType("TEXT");
            return mary.generateXML(text);
        }
        mary.setInputType("SSML");
        return mary.generateXML(SsmlProsody.atSpeed(text, "en-US", speed));
    }

    /**
     * Renders each sentence at {@link #OUTPUT_RATE}, the rate speech work here is done at. With a
     * pitch target, F0 is moved to its median and spread, measured over the whole text so that
     * sentences keep their pitch relative to each other.
     */
    private static Rendered render(HtsSentenceRenderer renderer, Document acoustics, PitchTarget pitch)
            throws Exception {
        List<HTSParameterGeneration> sentences = new ArrayList<>();
        for (List<Element> sentence : MaryXmlSentences.tokensAndBoundaries(acoustics)) {
            sentences.add(renderer.parameters(sentence));
        }
        float[] f0 = joined(sentences.stream().map(renderer::f0).toList());
        DoubleUnaryOperator f0Mapping = pitch == null ? DoubleUnaryOperator.identity()
                : f0Mapping(new PitchTrack(f0, renderer.frameSeconds()), pitch);
        List<float[]> rendered = new ArrayList<>();
        for (HTSParameterGeneration sentence : sentences) {
            double[] samples = renderer.render(sentence, f0Mapping);
            float[] audio = new float[samples.length];
            for (int i = 0; i < samples.length; i++) {
                audio[i] = (float) samples[i];
            }
            rendered.add(audio);
        }
        return new Rendered(new PcmAudio(joined(rendered), renderer.sampleRate()),
                spokenPitch(f0, f0Mapping, renderer.frameSeconds()));
    }

    private record Rendered(PcmAudio audio, PitchTrack pitch) {
    }

    private static DoubleUnaryOperator f0Mapping(PitchTrack own, PitchTarget pitch) {
        double median = own.medianHz();
        if (!(median > 0)) {
            return DoubleUnaryOperator.identity();
        }
        double spreadScale = pitch.spreadScale(own.stdSemitones(), MAX_SPREAD_SCALE);
        return f0 -> pitch.map(f0, median, spreadScale);
    }

    /** The F0 the vocoder spoke with, every other frame: the 10 ms hop speech analysis works at. */
    private static PitchTrack spokenPitch(float[] f0, DoubleUnaryOperator f0Mapping, double frameSeconds) {
        float[] track = new float[f0.length / 2];
        for (int i = 0; i < track.length; i++) {
            float hz = f0[2 * i];
            track[i] = hz > 0 ? (float) f0Mapping.applyAsDouble(hz) : 0f;
        }
        return new PitchTrack(track, 2 * frameSeconds);
    }

    private static float[] joined(List<float[]> parts) {
        float[] all = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private SynthesisResult result(Rendered rendered, List<SpeechTiming> phonemes) {
        if (rendered.audio().durationSeconds() < SynthesisResult.MIN_SECONDS) {
            throw new SynthesisException("The text contains nothing MaryTTS can pronounce in English.");
        }
        return new SynthesisResult(rendered.audio(), phonemes, name(), VOICE, rendered.pitch());
    }

    /** Read after rendering, which writes the realised durations into the document. */
    private static List<SpeechTiming> phonemes(Document rendered) throws Exception {
        MaryData data = new MaryData(MaryDataType.AUDIO, Locale.US);
        data.setDocument(rendered);
        return RealisedDurations.parse(new RealisedDurationsExtractor().process(data).getPlainText());
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
                return new Startup(null, null, "MaryTTS started but voice " + VOICE + " is not on the class path");
            }
            mary.setLocale(Locale.US);
            mary.setVoice(VOICE);
            return new Startup(mary, new HtsSentenceRenderer((HMMVoice) Voice.getVoice(VOICE), OUTPUT_RATE), null);
        } catch (Exception | LinkageError e) {
            return new Startup(null, null, "MaryTTS could not start: " + e);
        }
    }
}
