package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DctTest {

    private static final int N = 16;

    @Test
    void shouldMatchTheOrthonormalDctIIFormula() {
        double[] x = noise(N, 4);
        double[] c = Dct.dct2(x, N);
        for (int k = 0; k < N; k++) {
            double sum = 0;
            for (int i = 0; i < N; i++) {
                sum += x[i] * Math.cos(Math.PI / N * (i + 0.5) * k);
            }
            double scale = k == 0 ? Math.sqrt(1.0 / N) : Math.sqrt(2.0 / N);
            assertEquals(scale * sum, c[k], 1e-12, "c" + k);
        }
    }

    @Test
    void shouldPutAConstantIntoTheFirstCoefficientOnly() {
        double[] x = new double[N];
        java.util.Arrays.fill(x, 3);
        double[] c = Dct.dct2(x, N);
        assertEquals(3 * Math.sqrt(N), c[0], 1e-12);
        for (int k = 1; k < N; k++) {
            assertEquals(0, c[k], 1e-12, "c" + k);
        }
    }

    @Test
    void shouldKeepTheEnergyOfTheInput() {
        double[] x = noise(N, 5);
        double[] c = Dct.dct2(x, N);
        assertEquals(sumOfSquares(x), sumOfSquares(c), 1e-9);
    }

    @Test
    void shouldBeUndoneByItsTransposeTheDctIII() {
        double[] x = noise(N, 6);
        double[] c = Dct.dct2(x, N);
        for (int i = 0; i < N; i++) {
            double back = 0;
            for (int k = 0; k < N; k++) {
                back += c[k] * Math.sqrt((k == 0 ? 1.0 : 2.0) / N) * Math.cos(Math.PI * k * (i + 0.5) / N);
            }
            assertEquals(x[i], back, 1e-12, "x" + i);
        }
    }

    @Test
    void shouldReturnOnlyTheFirstCountCoefficients() {
        double[] x = noise(N, 7);
        double[] all = Dct.dct2(x, N);
        double[] first = Dct.dct2(x, 4);
        assertEquals(4, first.length);
        for (int k = 0; k < 4; k++) {
            assertEquals(all[k], first[k], 0);
        }
    }

    private static double sumOfSquares(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return s;
    }

    private static double[] noise(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }
}
