package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormantEstimatorTest {

    private static final int RATE = 16000;
    private static final double F0 = 120;
    private static final double HOP = 0.010;

    private final FormantEstimator estimator = new FormantEstimator();

    @Test
    void shouldFindTheResonancesOfASyntheticNeutralVowel() {
        double[] formants = {500, 1500, 2500, 3500}; // a 17.5 cm uniform tube
        FormantEstimator.Formants found = estimator.estimate(vowel(formants), voiced(1.0));

        for (int i = 0; i < 4; i++) {
            assertEquals(formants[i], found.medianHz()[i], 60, "F" + (i + 1) + " of " + Arrays.toString(found.medianHz()));
        }
        assertEquals(1000, found.spacingHz(), 40);
        assertEquals(17.5, found.vocalTractLengthCm(), 0.8);
    }

    @Test
    void shouldMeasureAShorterTractForHigherFormants() {
        double[] longTract = {500, 1500, 2500, 3500};
        double[] shortTract = {600, 1800, 3000, 4200}; // spacing 1200 Hz: 14.6 cm
        double longCm = estimator.estimate(vowel(longTract), voiced(1.0)).vocalTractLengthCm();
        double shortCm = estimator.estimate(vowel(shortTract), voiced(1.0)).vocalTractLengthCm();

        assertEquals(14.6, shortCm, 0.8);
        assertTrue(shortCm < longCm - 2, shortCm + " cm vs " + longCm + " cm");
    }

    @Test
    void shouldReportNothingWhenNoFrameIsVoiced() {
        FormantEstimator.Formants found = estimator.estimate(vowel(new double[] {500, 1500, 2500, 3500}),
                new PitchTrack(new float[100], HOP));
        assertArrayEquals(new double[4], found.medianHz());
        assertEquals(0, found.spacingHz());
        assertEquals(0, found.vocalTractLengthCm());
    }

    @Test
    void shouldTurnSpacingIntoTubeLengthWithTheSpeedOfSound() {
        assertEquals(35000 / 2000.0, new FormantEstimator.Formants(new double[4], 1000).vocalTractLengthCm(), 1e-12);
    }

    private static PitchTrack voiced(double seconds) {
        float[] f0 = new float[(int) Math.round(seconds / HOP)];
        Arrays.fill(f0, (float) F0);
        return new PitchTrack(f0, HOP);
    }

    /** An impulse train at {@link #F0} through a cascade of two-pole resonators, one per formant. */
    private static PcmAudio vowel(double[] formantsHz) {
        int n = RATE;
        double[] x = new double[n];
        double period = RATE / F0;
        for (double t = 0; t < n; t += period) {
            x[(int) Math.round(t) % n] = 1;
        }
        for (double f : formantsHz) {
            double bandwidth = 60 + f * 0.02;
            double r = Math.exp(-Math.PI * bandwidth / RATE);
            double c1 = 2 * r * Math.cos(2 * Math.PI * f / RATE);
            double c2 = -r * r;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = x[i] + (i >= 1 ? c1 * y[i - 1] : 0) + (i >= 2 ? c2 * y[i - 2] : 0);
            }
            x = y;
        }
        double peak = Arrays.stream(x).map(Math::abs).max().orElse(1);
        float[] samples = new float[n];
        for (int i = 0; i < n; i++) {
            samples[i] = (float) (0.5 * x[i] / peak);
        }
        return new PcmAudio(samples, RATE);
    }
}
