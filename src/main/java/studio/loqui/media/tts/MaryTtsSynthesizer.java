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
                PcmAudio audio = render(started.renderer(), acoustics, request.voice().pitch());
                return result(audio, request.timings() ? phonemes(acoustics) : List.of());
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
    private static PcmAudio render(HtsSentenceRenderer renderer, Document acoustics, PitchTarget pitch)
            throws Exception {
        List<HTSParameterGeneration> sentences = new ArrayList<>();
        for (List<Element> sentence : MaryXmlSentences.tokensAndBoundaries(acoustics)) {
            sentences.add(renderer.parameters(sentence));
        }
        DoubleUnaryOperator f0Mapping = pitch == null ? DoubleUnaryOperator.identity()
                : f0Mapping(renderer, sentences, pitch);
        List<double[]> rendered = new ArrayList<>();
        int length = 0;
        for (HTSParameterGeneration sentence : sentences) {
            double[] samples = renderer.render(sentence, f0Mapping);
            rendered.add(samples);
            length += samples.length;
        }
        float[] joined = new float[length];
        int at = 0;
        for (double[] samples : rendered) {
            for (double x : samples) {
                joined[at++] = (float) x;
            }
        }
        return new PcmAudio(joined, renderer.sampleRate());
    }

    private static DoubleUnaryOperator f0Mapping(HtsSentenceRenderer renderer, List<HTSParameterGeneration> sentences,
                                                 PitchTarget pitch) {
        List<float[]> tracks = sentences.stream().map(renderer::f0).toList();
        float[] all = new float[tracks.stream().mapToInt(t -> t.length).sum()];
        int at = 0;
        for (float[] track : tracks) {
            System.arraycopy(track, 0, all, at, track.length);
            at += track.length;
        }
        PitchTrack own = new PitchTrack(all, renderer.frameSeconds());
        double median = own.medianHz();
        if (!(median > 0)) {
            return DoubleUnaryOperator.identity();
        }
        double spreadScale = pitch.spreadScale(own.stdSemitones());
        return f0 -> pitch.map(f0, median, spreadScale);
    }

    private SynthesisResult result(PcmAudio audio, List<SpeechTiming> phonemes) {
        if (audio.durationSeconds() < SynthesisResult.MIN_SECONDS) {
            throw new SynthesisException("The text contains nothing MaryTTS can pronounce in English.");
        }
        return new SynthesisResult(audio, phonemes, name(), VOICE);
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
