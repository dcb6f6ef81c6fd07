package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LpcTest {

    @Test
    void shouldRecoverTheCoefficientsOfASecondOrderAutoregressiveProcess() {
        // x[n] = 1.3 x[n-1] - 0.6 x[n-2] + e[n], so A(z) = 1 - 1.3 z^-1 + 0.6 z^-2
        double[] a = Lpc.coefficients(autoregressive(new double[] {1.3, -0.6}, 40000, 11), 2);
        assertEquals(1, a[0], 0);
        assertEquals(-1.3, a[1], 0.02);
        assertEquals(0.6, a[2], 0.02);
    }

    @Test
    void shouldFindNoFurtherPredictionInAHigherOrderFit() {
        double[] a = Lpc.coefficients(autoregressive(new double[] {1.3, -0.6}, 40000, 12), 6);
        assertEquals(7, a.length);
        assertEquals(-1.3, a[1], 0.03);
        assertEquals(0.6, a[2], 0.03);
        for (int i = 3; i < a.length; i++) {
            assertEquals(0, a[i], 0.03, "a" + i);
        }
    }

    @Test
    void shouldRecoverAFourthOrderProcessWithTwoResonances() {
        // poles at radius 0.95 and 0.9, angles 0.3 and 1.2 rad: A(z) is the product of the two sections
        double[] s1 = {-2 * 0.95 * Math.cos(0.3), 0.95 * 0.95};
        double[] s2 = {-2 * 0.9 * Math.cos(1.2), 0.9 * 0.9};
        double[] expected = {1, s1[0] + s2[0], s1[1] + s2[1] + s1[0] * s2[0], s1[0] * s2[1] + s1[1] * s2[0], s1[1] * s2[1]};
        double[] ar = {-expected[1], -expected[2], -expected[3], -expected[4]};
        double[] a = Lpc.coefficients(autoregressive(ar, 80000, 13), 4);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], a[i], 0.03, "a" + i);
        }
    }

    @Test
    void shouldModelASineAsAPolePairOnItsFrequency() {
        double w = 2 * Math.PI * 0.05;
        float[] x = new float[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(w * i);
        }
        double[] a = Lpc.coefficients(x, 2);
        assertEquals(-2 * Math.cos(w), a[1], 0.01);
        assertEquals(1, a[2], 0.01);
    }

    @Test
    void shouldReturnNullForASilentFrame() {
        assertNull(Lpc.coefficients(new float[400], 12));
    }

    private static float[] autoregressive(double[] ar, int length, long seed) {
        Random random = new Random(seed);
        double[] x = new double[length + 1000];
        for (int n = 0; n < x.length; n++) {
            double v = random.nextGaussian() * 0.01;
            for (int k = 0; k < ar.length; k++) {
                if (n - k - 1 >= 0) {
                    v += ar[k] * x[n - k - 1];
                }
            }
            x[n] = v;
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) x[i + 1000]; // past the start-up transient
        }
        return out;
    }
}
