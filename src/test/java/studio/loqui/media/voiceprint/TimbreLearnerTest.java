package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.SpectralStats;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learning a voice's timbre from its sample, and falling back, saying why, when the sample cannot teach it. */
class TimbreLearnerTest {

    private static final VoiceAnalyzer ANALYZER = new VoiceAnalyzer();
    private static final TimbreLearner LEARNER = new TimbreLearner(new SynthesizerChooser(List.of(TestMedia.MARY)));

    @Test
    void shouldLearnFromARealSpeakersHeardWords() {
        TimbreMapping mapping = learn(SpeakerPanel.all().get(0).sample());
        assertTrue(mapping.learned(), mapping.reason());
        assertTrue(mapping.parallelSeconds() > 5, "aligned speech " + mapping.parallelSeconds());
        assertTrue(mapping.bandTopHz() > 6000, "a full-band sample's top " + mapping.bandTopHz());
    }

    @Test
    void shouldLearnAPhoneSampleWithinItsBandAndRenderTheCloneFullBand() {
        SpeakerPanel phone = SpeakerPanel.all().stream().filter(SpeakerPanel::phoneBand).findFirst().orElseThrow();
        VoiceProfileData measured = ANALYZER.analyze(phone.sample());
        TimbreMapping mapping = learn(phone.sample());
        assertTrue(mapping.learned(), mapping.reason());
        assertTrue(mapping.bandTopHz() < 4600, "band top " + mapping.bandTopHz());
        String sentence = CloneMetrics.SENTENCES.get(0);
        PcmAudio clone = CloneAcceptanceTest.CLONER.speak(sentence, "en", measured.withTimbre(mapping)).audio();
        double cloneTop = topBandLevelDb(clone);
        double sampleTop = topBandLevelDb(phone.sample());
        double engineTop = topBandLevelDb(TestMedia.mary(sentence));
        System.out.printf(Locale.ROOT, "5-7 kHz under 0.5-3 kHz: sample %.1f dB, clone %.1f dB, engine %.1f dB%n",
                sampleTop, cloneTop, engineTop);
        assertTrue(cloneTop > sampleTop + 25, "the clone copied the phone band: " + cloneTop + " vs " + sampleTop);
        assertTrue(Math.abs(cloneTop - engineTop) < 8, "clone's top band " + cloneTop + " vs engine's " + engineTop);
    }

    @Test
    void shouldFallBackSayingWhyForSamplesWithoutEnoughWords() {
        PcmAudio twoWords = TestMedia.DECODER.decode(java.nio.file.Path.of("/usr/share/sounds/alsa/Front_Center.wav"),
                VoiceAnalyzer.ANALYSIS_RATE);
        TimbreMapping mapping = learn(twoWords);
        assertFalse(mapping.learned());
        assertTrue(mapping.reason().contains("too few recognised words"), mapping.reason());
        TimbreMapping music = learn(chords(8));
        assertFalse(music.learned());
        assertTrue(music.reason().contains("recognised words"), music.reason());
    }

    static TimbreMapping learn(PcmAudio sample) {
        Transcript heard = TestMedia.RECOGNIZER.recognize(sample, "en");
        return LEARNER.learn(List.of(new TimbreLearner.HeardSample(sample, heard)), ANALYZER.analyze(sample));
    }

    /** Level of the 5-7 kHz LTAS bands under the 0.5-3 kHz bands, dB. */
    private static double topBandLevelDb(PcmAudio audio) {
        SpectralStats stats = new SpectralAnalyzer().analyze(audio);
        return mean(stats.ltasDb(), 20, 28) - mean(stats.ltasDb(), 2, 12);
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / (to - from);
    }

    /** Sustained piano-like chords: music with no words. */
    private static PcmAudio chords(double seconds) {
        int fs = VoiceAnalyzer.ANALYSIS_RATE;
        float[] x = new float[(int) (seconds * fs)];
        double[][] chords = {{261.6, 329.6, 392.0}, {220.0, 277.2, 329.6}, {174.6, 220.0, 261.6}, {196.0, 246.9, 293.7}};
        for (int i = 0; i < x.length; i++) {
            double t = i / (double) fs;
            double[] chord = chords[(int) (t / 2) % chords.length];
            double decay = Math.exp(-2 * (t % 2));
            for (double f : chord) {
                for (int h = 1; h <= 4; h++) {
                    x[i] += (float) (0.08 * decay / h * Math.sin(2 * Math.PI * f * h * t));
                }
            }
        }
        return new PcmAudio(x, fs);
    }
}
