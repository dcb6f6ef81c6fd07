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

    /** Its one voice, {@link #VOICE}, is a woman's. */
    @Override
    public boolean hasVoiceOf(String gender) {
        return "female".equalsIgnoreCase(gender);
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
        List<float[]> f0 = sentences.stream().map(renderer::f0).toList();
        if (pitch != null) {
            moveTo(pitch, f0, renderer.frameSeconds());
        }
        List<float[]> rendered = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double[] samples = renderer.render(sentences.get(i), f0.get(i));
            float[] audio = new float[samples.length];
            for (int n = 0; n < samples.length; n++) {
                audio[n] = (float) samples[n];
            }
            rendered.add(audio);
        }
        return new Rendered(new PcmAudio(joined(rendered), renderer.sampleRate()),
                everyOtherFrame(joined(f0), renderer.frameSeconds()));
    }

    private record Rendered(PcmAudio audio, PitchTrack pitch) {
    }

    /** Moves every sentence's F0 (in place) to the target's median and spread, measured over them all. */
    private static void moveTo(PitchTarget pitch, List<float[]> f0, double frameSeconds) {
        PitchTrack own = new PitchTrack(joined(f0), frameSeconds);
        double median = own.medianHz();
        if (!(median > 0)) {
            return;
        }
        double spreadScale = pitch.spreadScale(own.stdSemitones(), MAX_SPREAD_SCALE);
        for (float[] track : f0) {
            for (int t = 0; t < track.length; t++) {
                if (track[t] > 0) {
                    track[t] = (float) pitch.map(track[t], median, spreadScale);
                }
            }
        }
    }

    /** The F0 the vocoder spoke with at the 10 ms hop speech analysis works at. */
    private static PitchTrack everyOtherFrame(float[] f0, double frameSeconds) {
        float[] track = new float[f0.length / 2];
        for (int i = 0; i < track.length; i++) {
            track[i] = f0[2 * i];
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
        } catch (Exception | LinkageError | java.util.ServiceConfigurationError
                 | javax.xml.parsers.FactoryConfigurationError e) {
            // An error left to escape would leave MaryTTS half started, and the next call would see no voice.
            return new Startup(null, null, "MaryTTS could not start: " + e);
        }
    }
}
