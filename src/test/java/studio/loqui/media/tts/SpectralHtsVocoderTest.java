package studio.loqui.media.tts;

import marytts.LocalMaryInterface;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSVocoder;
import marytts.modules.synthesis.Voice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Decimator;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.SpectralStats;
import studio.loqui.media.dsp.YinPitchTracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's vocoder against MaryTTS's own MLSA vocoder on the same parameters: same length,
 * same spectrum, same pitch; and MaryTTS following a pitch target.
 */
class SpectralHtsVocoderTest {

    private static final String TEXT = "After the meeting ended, the tired engineers walked down to the harbour.";
    private static final int RATE = MaryTtsSynthesizer.OUTPUT_RATE;

    private static HMMVoice voice;
    private static HTSParameterGeneration parameters;

    @BeforeAll
    static void parametersOfOneSentence() throws Exception {
        TestMedia.MARY.synthesize(SynthesisRequest.of("Hello.", "en"));
        voice = (HMMVoice) Voice.getVoice(MaryTtsSynthesizer.VOICE);
        LocalMaryInterface mary = new LocalMaryInterface();
        mary.setVoice(MaryTtsSynthesizer.VOICE);
        mary.setOutputType("ACOUSTPARAMS");
        var sentence = MaryXmlSentences.tokensAndBoundaries(mary.generateXML(TEXT)).get(0);
        parameters = new HtsSentenceRenderer(voice, RATE).parameters(sentence);
    }

    @Test
    void shouldSoundLikeMarysOwnVocoderOnTheSameParameters() throws Exception {
        SpectralHtsVocoder vocoder = new SpectralHtsVocoder(voice.getHMMData(), RATE);
        PcmAudio ours = audio(vocoder.synthesize(parameters, vocoder.f0(parameters)), RATE);
        double[] mlsa = new HTSVocoder().htsMLSAVocoder(parameters.getlf0Pst(), parameters.getMcepPst(),
                parameters.getStrPst(), parameters.getMagPst(), parameters.getVoicedArray(), voice.getHMMData(), null);
        PcmAudio theirs = Decimator.toRate(audio(mlsa, voice.getHMMData().getRate()), RATE);

        assertEquals(theirs.length(), ours.length());
        SpectralStats a = new SpectralAnalyzer().analyze(ours);
        SpectralStats b = new SpectralAnalyzer().analyze(theirs);
        assertTrue(a.ltasDistanceDb(b) < 1.5, "LTAS distance " + a.ltasDistanceDb(b) + " dB");
        assertTrue(a.mfccDistance(b) < 1.5, "MFCC distance " + a.mfccDistance(b));
        System.out.printf("vocoder vs MLSA: LTAS %.2f dB, MFCC %.2f%n", a.ltasDistanceDb(b), a.mfccDistance(b));
        double ourF0 = YinPitchTracker.forSpeech().track(ours).medianHz();
        double theirF0 = YinPitchTracker.forSpeech().track(theirs).medianHz();
        assertEquals(0, PitchTrack.semitones(ourF0) - PitchTrack.semitones(theirF0), 0.2, ourF0 + " vs " + theirF0);
    }

    @Test
    void shouldSpeakAtThePitchTargetsMedian() {
        for (double target : new double[] {95, 140, 230}) {
            VoiceOptions options = new VoiceOptions(null, null, 1.0, new PitchTarget(target, 2.0));
            PcmAudio audio = TestMedia.MARY.synthesize(new SynthesisRequest(TEXT, "en", options, false)).audio();
            double f0 = YinPitchTracker.forSpeech().track(audio).medianHz();
            assertEquals(0, PitchTrack.semitones(f0) - PitchTrack.semitones(target), 0.5, "target " + target + " Hz, got " + f0);
        }
    }

    private static PcmAudio audio(double[] samples, int rate) {
        float[] x = new float[samples.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (samples[i] / 17000);
        }
        return new PcmAudio(x, rate);
    }
}
