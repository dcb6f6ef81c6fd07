package studio.loqui.media.tts;

import marytts.datatypes.MaryXML;
import marytts.features.FeatureRegistry;
import marytts.features.TargetFeatureComputer;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.modules.HTSEngine;
import marytts.modules.TargetFeatureLister;
import marytts.unitselection.select.Target;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders one sentence of MaryXML acoustic parameters with the HTS engine, the way MaryTTS's
 * HMM synthesis module does, but without its streaming (a blocking queue per sample) and with
 * {@link SpectralHtsVocoder} at the output rate in place of Mary's MLSA filter at 48 kHz.
 * Also writes the realised durations into the sentence's phones and boundaries, as Mary does.
 */
final class HtsSentenceRenderer extends HTSEngine {

    /** Mary's vocoder thread divides by the largest amplitude seen so far, starting from this one. */
    private static final double INITIAL_MAX_AMPLITUDE = 17000.0;

    private final HMMVoice voice;
    private final TargetFeatureComputer features;
    private final TargetFeatureLister featureLister = new TargetFeatureLister();
    private final SpectralHtsVocoder vocoder;

    HtsSentenceRenderer(HMMVoice voice, int outputRate) {
        this.voice = voice;
        this.vocoder = new SpectralHtsVocoder(voice.getHMMData(), outputRate);
        String names = voice.getHMMData().getFeatureDefinition().getFeatureNames();
        this.features = FeatureRegistry.getTargetFeatureComputer(voice, names);
    }

    int sampleRate() {
        return vocoder.outputRate();
    }

    /**
     * The sentence's acoustic parameters; writes the realised durations into its phones.
     *
     * @param tokensAndBoundaries the sentence's {@code t} and {@code boundary} elements, in order
     */
    HTSParameterGeneration parameters(List<Element> tokensAndBoundaries) throws Exception {
        HMMData data = voice.getHMMData();
        List<Element> segments = segmentsAndBoundaries(tokensAndBoundaries);
        List<Target> targets = featureLister.getListTargetFeatures(features, segments);
        HTSUttModel model = processTargetList(targets, segments, data);
        HTSParameterGeneration parameters = new HTSParameterGeneration();
        parameters.htsMaximumLikelihoodParameterGeneration(model, data);
        setRealisedProsody(tokensAndBoundaries, model);
        return parameters;
    }

    /** F0 per 5 ms frame, 0 where unvoiced. */
    float[] f0(HTSParameterGeneration parameters) {
        return vocoder.f0(parameters);
    }

    double frameSeconds() {
        return vocoder.frameSeconds();
    }

    /** The sentence's samples within +/-1, spoken at {@code f0} (Hz per frame, 0 where unvoiced). */
    double[] render(HTSParameterGeneration parameters, float[] f0) {
        return normalised(vocoder.synthesize(parameters, f0));
    }

    private static List<Element> segmentsAndBoundaries(List<Element> tokensAndBoundaries) {
        List<Element> out = new ArrayList<>();
        for (Element element : tokensAndBoundaries) {
            if (element.getTagName().equals(MaryXML.BOUNDARY)) {
                out.add(element);
            } else {
                out.addAll(MaryXmlSentences.descendants(element, MaryXML.PHONE));
            }
        }
        return out;
    }

    /** Whole-sentence version of Mary's streaming normaliser: the result stays within +/-1. */
    private static double[] normalised(double[] samples) {
        double max = INITIAL_MAX_AMPLITUDE;
        for (double x : samples) {
            max = Math.max(max, Math.abs(x));
        }
        for (int i = 0; i < samples.length; i++) {
            samples[i] /= max;
        }
        return samples;
    }
}
