package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RealFftTest {

    private static final int N = 64;

    @Test
    void shouldMatchNaiveDftInItsPackedLayout() {
        float[] x = noise(N, 1);
        double[][] dft = naiveDft(x);
        float[] packed = x.clone();
        new RealFft(N).forward(packed);

        assertEquals(dft[0][0], packed[0], 1e-4);
        assertEquals(dft[0][N / 2], packed[1], 1e-4);
        for (int k = 1; k < N / 2; k++) {
            assertEquals(dft[0][k], packed[2 * k], 1e-4, "Re " + k);
            assertEquals(dft[1][k], packed[2 * k + 1], 1e-4, "Im " + k);
        }
    }

    @Test
    void shouldGivePowerOfEachOfTheHalfPlusOneBins() {
        float[] x = noise(N, 2);
        double[][] dft = naiveDft(x);
        RealFft fft = new RealFft(N);
        float[] packed = x.clone();
        fft.forward(packed);
        float[] power = fft.power(packed);

        assertEquals(N / 2 + 1, fft.bins());
        assertEquals(fft.bins(), power.length);
        for (int k = 0; k <= N / 2; k++) {
            double expected = dft[0][k] * dft[0][k] + dft[1][k] * dft[1][k];
            assertEquals(expected, power[k], 1e-3 * Math.max(1, expected), "bin " + k);
        }
    }

    @Test
    void shouldPutAPureToneInItsBinAlone() {
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) Math.cos(2 * Math.PI * 5 * i / N);
        }
        RealFft fft = new RealFft(N);
        fft.forward(x);
        float[] power = fft.power(x);
        assertEquals((N / 2.0) * (N / 2.0), power[5], 1e-2);
        for (int k = 0; k < power.length; k++) {
            if (k != 5) {
                assertEquals(0, power[k], 1e-6, "bin " + k);
            }
        }
    }

    @Test
    void shouldInvertForwardExactly() {
        float[] x = noise(N, 3);
        float[] y = x.clone();
        RealFft fft = new RealFft(N);
        fft.forward(y);
        fft.inverse(y);
        assertArrayEquals(x, y, 1e-5f);
    }

    @Test
    void shouldRemoveBinsWhoseGainIsZero() {
        float[] low = tone(3);
        float[] both = low.clone();
        float[] high = tone(20);
        for (int i = 0; i < N; i++) {
            both[i] += high[i];
        }
        RealFft fft = new RealFft(N);
        float[] gain = new float[fft.bins()];
        for (int k = 0; k < 10; k++) {
            gain[k] = 1;
        }
        fft.forward(both);
        fft.applyGain(both, gain);
        fft.inverse(both);
        assertArrayEquals(low, both, 1e-5f);
    }

    @Test
    void shouldScaleNyquistAndDcBinsByTheirOwnGains() {
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = 1 + (i % 2 == 0 ? 1 : -1); // DC 1 plus a Nyquist tone of 1
        }
        RealFft fft = new RealFft(N);
        float[] gain = new float[fft.bins()];
        gain[0] = 0.5f;
        gain[N / 2] = 2;
        fft.forward(x);
        fft.applyGain(x, gain);
        fft.inverse(x);
        for (int i = 0; i < N; i++) {
            assertEquals(0.5 + (i % 2 == 0 ? 2 : -2), x[i], 1e-5);
        }
    }

    @Test
    void shouldWindowFrameAndPadWithZerosOutsideTheSignal() {
        float[] signal = {1, 2, 3, 4, 5};
        float[] window = {0.5f, 1, 0.5f, 1};
        RealFft fft = new RealFft(8);

        assertArrayEquals(new float[] {1, 3, 2, 5, 0, 0, 0, 0}, fft.frame(signal, 1, window));
        assertArrayEquals(new float[] {0, 0, 0.5f, 2, 0, 0, 0, 0}, fft.frame(signal, -2, window));
        assertArrayEquals(new float[] {2, 5, 0, 0, 0, 0, 0, 0}, fft.frame(signal, 3, window));
    }

    private static float[] tone(int bin) {
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * bin * i / N + 0.3);
        }
        return x;
    }

    private static float[] noise(int n, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }

    /** X[k] = sum x[n] e^(-2 pi i k n / N): {re, im} for k = 0 .. N/2. */
    private static double[][] naiveDft(float[] x) {
        int n = x.length;
        double[][] out = new double[2][n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            for (int i = 0; i < n; i++) {
                double angle = -2 * Math.PI * k * i / n;
                out[0][k] += x[i] * Math.cos(angle);
                out[1][k] += x[i] * Math.sin(angle);
            }
        }
        return out;
    }
}
