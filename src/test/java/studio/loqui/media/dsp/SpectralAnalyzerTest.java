package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpectralAnalyzerTest {

    private static final int RATE = 16000;
    private final SpectralAnalyzer analyzer = new SpectralAnalyzer();

    @Test
    void shouldDescribeSpectraWithFortyMelBandsTwelveMfccsAndQuarterKilohertzLtasBands() {
        SpectralStats stats = analyzer.analyze(noise(1.0, 0.1, 1));
        assertEquals(SpectralAnalyzer.MEL_BANDS, stats.meanLogMel().length);
        assertEquals(SpectralAnalyzer.MFCC_COUNT - 1, stats.mfccMean().length);
        assertEquals(32, stats.ltasDb().length);
    }

    @Test
    void shouldPutAToneIntoItsLtasBand() {
        float[] x = new float[RATE];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 1100 * i / RATE));
        }
        double[] ltas = analyzer.analyze(new PcmAudio(x, RATE)).ltasDb();
        int loudest = 0;
        for (int b = 1; b < ltas.length; b++) {
            loudest = ltas[b] > ltas[loudest] ? b : loudest;
        }
        assertEquals(4, loudest); // 1000 to 1250 Hz
        assertTrue(ltas[4] - ltas[10] > 40, ltas[4] + " dB vs " + ltas[10] + " dB at 2.5 kHz");
    }

    @Test
    void shouldFindNoDistanceBetweenTheSameSoundAtTwoLevels() {
        SpectralStats loud = analyzer.analyze(noise(1.0, 0.3, 2));
        SpectralStats quiet = analyzer.analyze(noise(1.0, 0.03, 2));
        assertEquals(0, loud.ltasDistanceDb(quiet), 1e-3);
        assertEquals(0, loud.mfccDistance(quiet), 1e-3);
        assertEquals(20, loud.ltasDb()[5] - quiet.ltasDb()[5], 0.01); // the level itself is measured
    }

    @Test
    void shouldFindDistanceBetweenBrightAndDullSounds() {
        PcmAudio bright = noise(1.0, 0.1, 3);
        float[] dull = bright.samples().clone();
        for (int pass = 0; pass < 4; pass++) {
            for (int i = dull.length - 1; i > 0; i--) {
                dull[i] = 0.5f * (dull[i] + dull[i - 1]); // a gentle low-pass, four times over
            }
        }
        SpectralStats a = analyzer.analyze(bright);
        SpectralStats b = analyzer.analyze(new PcmAudio(dull, RATE));
        assertTrue(a.ltasDistanceDb(b) > 5, "LTAS distance " + a.ltasDistanceDb(b));
        assertTrue(a.mfccDistance(b) > 1, "MFCC distance " + a.mfccDistance(b));
    }

    @Test
    void shouldLeavePausesOutOfTheAverage() {
        PcmAudio speech = noise(1.0, 0.1, 4);
        float[] withPause = new float[3 * RATE]; // the same sound, then two seconds of silence
        System.arraycopy(speech.samples(), 0, withPause, 0, RATE);
        SpectralStats alone = analyzer.analyze(speech);
        SpectralStats paused = analyzer.analyze(new PcmAudio(withPause, RATE));
        // averaged with the silence the level would fall by 10 log10(3) = 4.8 dB
        assertEquals(alone.ltasDb()[5], paused.ltasDb()[5], 0.5);
    }

    @Test
    void shouldCountFramesWithin35DbOfTheLoudAsActive() {
        double[] energy = new double[40];
        Arrays.fill(energy, 1.0);
        energy[3] = 1e-3; // 30 dB down
        energy[7] = 1e-4; // 40 dB down
        energy[9] = 0;
        boolean[] active = SpectralAnalyzer.activeFrames(energy);
        assertTrue(active[0]);
        assertTrue(active[3]);
        assertFalse(active[7]);
        assertFalse(active[9]);
    }

    @Test
    void shouldCompareLtasShapeFromTheSecondBandAfterRemovingTheMeanLevel() {
        SpectralStats a = new SpectralStats(new double[0], new double[] {1, 2}, new double[] {-90, -10, -20, -30});
        SpectralStats shifted = new SpectralStats(new double[0], new double[] {1, 5}, new double[] {0, 5, -5, -15});
        SpectralStats tilted = new SpectralStats(new double[0], new double[0], new double[] {-90, -10, -10, -10});

        assertEquals(0, a.ltasDistanceDb(shifted), 1e-12); // +15 dB everywhere, band 0 ignored
        assertEquals(3, a.mfccDistance(shifted), 1e-12);
        // deviations from the mean: (10, 0, -10) against (0, 0, 0)
        assertEquals(Math.sqrt(200 / 3.0), a.ltasDistanceDb(tilted), 1e-12);
        assertArrayEquals(new double[] {-90, -10, -20, -30}, a.ltasDb());
    }

    private static PcmAudio noise(double seconds, double level, long seed) {
        Random random = new Random(seed);
        float[] x = new float[(int) (seconds * RATE)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (level * random.nextGaussian());
        }
        return new PcmAudio(x, RATE);
    }
}
