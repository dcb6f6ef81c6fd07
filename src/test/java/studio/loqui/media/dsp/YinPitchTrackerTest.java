package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YinPitchTrackerTest {

    private static final int RATE = 16000;
    private final YinPitchTracker yin = YinPitchTracker.forSpeech();

    @Test
    void shouldFindThePitchOfASine() {
        for (double hz : new double[] {80, 200, 440}) {
            PitchTrack track = yin.track(harmonics(hz, RATE, 1.0, 1));
            assertEquals(hz, track.medianHz(), hz * 0.005, hz + " Hz");
            assertTrue(track.voicedRatio() > 0.9, hz + " Hz voiced " + track.voicedRatio());
        }
    }

    @Test
    void shouldFindTheFundamentalOfAHarmonicSoundNotAnOvertone() {
        PitchTrack track = yin.track(harmonics(120, RATE, 1.0, 10));
        assertEquals(120, track.medianHz(), 0.6);
        assertEquals(120, track.percentileHz(5), 1.2);
        assertEquals(120, track.percentileHz(95), 1.2);
    }

    @Test
    void shouldHearTheFundamentalOfHarmonicsEvenWhenItIsMissing() {
        float[] x = new float[RATE];
        for (int h = 2; h <= 6; h++) {
            for (int i = 0; i < x.length; i++) {
                x[i] += (float) (0.15 * Math.sin(2 * Math.PI * 150 * h * i / RATE + h));
            }
        }
        assertEquals(150, yin.track(new PcmAudio(x, RATE)).medianHz(), 1);
    }

    @Test
    void shouldTrackAtRatesThatAreNotAMultipleOfTheAnalysisRate() {
        assertEquals(220, yin.track(harmonics(220, 22050, 1.0, 3)).medianHz(), 1.1);
        assertEquals(300, yin.track(harmonics(300, 8000, 1.0, 3)).medianHz(), 1.5);
    }

    @Test
    void shouldReportTimeInTenMillisecondFrames() {
        float[] x = new float[RATE];
        float[] tone = harmonics(200, RATE, 0.5, 3).samples();
        System.arraycopy(tone, 0, x, 0, tone.length); // half a second of tone, then silence
        PitchTrack track = yin.track(new PcmAudio(x, RATE));

        assertEquals(0.010, track.hopSeconds(), 1e-9);
        assertEquals(100, track.f0Hz().length);
        assertEquals(200, track.at(0.25), 1);
        assertEquals(0, track.at(0.75));
        assertEquals(0.5, track.voicedRatio(), 0.05);
    }

    @Test
    void shouldFindNoPitchInSilence() {
        PitchTrack track = yin.track(new PcmAudio(new float[RATE], RATE));
        assertEquals(0, track.voicedRatio());
        assertEquals(0, track.medianHz());
    }

    @Test
    void shouldFindAlmostNoPitchInWhiteNoise() {
        Random random = new Random(17);
        float[] x = new float[RATE];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.2 * random.nextGaussian());
        }
        PitchTrack track = yin.track(new PcmAudio(x, RATE));
        assertTrue(track.voicedRatio() < 0.1, "noise voiced " + track.voicedRatio());
    }

    @Test
    void shouldCallFramesFortyDecibelsUnderTheLoudestUnvoiced() {
        float[] loud = harmonics(200, RATE, 0.5, 3).samples();
        float[] x = new float[RATE];
        for (int i = 0; i < loud.length; i++) {
            x[i] = loud[i];
            x[i + loud.length] = loud[i] * 0.005f; // 46 dB quieter
        }
        PitchTrack track = yin.track(new PcmAudio(x, RATE));
        assertEquals(200, track.at(0.25), 1);
        assertEquals(0, track.at(0.75));
    }

    /** A sum of the first {@code count} harmonics of {@code hz}, each at 1/h of the first. */
    private static PcmAudio harmonics(double hz, int rate, double seconds, int count) {
        float[] x = new float[(int) Math.round(rate * seconds)];
        for (int h = 1; h <= count; h++) {
            for (int i = 0; i < x.length; i++) {
                x[i] += (float) (0.4 / h * Math.sin(2 * Math.PI * hz * h * i / rate));
            }
        }
        return new PcmAudio(x, rate);
    }
}
