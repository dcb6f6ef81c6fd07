package studio.loqui.media.dsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Orthonormal DCT-II, which turns log mel energies into cepstral coefficients. */
public final class Dct {

    /** Cosine tables by input length and coefficient count: a vocoder classes 200 frames a second with them. */
    private static final Map<Long, double[][]> BASES = new ConcurrentHashMap<>();

    private Dct() {
    }

    /** Coefficients {@code 0 .. count-1} of the orthonormal DCT-II of {@code x}. */
    public static double[] dct2(double[] x, int count) {
        int n = x.length;
        double[][] basis = basis(n, count);
        double[] c = new double[count];
        for (int k = 0; k < count; k++) {
            double[] cosines = basis[k];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i] * cosines[i];
            }
            c[k] = sum * Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
        }
        return c;
    }

    private static double[][] basis(int n, int count) {
        return BASES.computeIfAbsent(((long) n << 32) | count, key -> {
            double[][] table = new double[count][n];
            for (int k = 0; k < count; k++) {
                for (int i = 0; i < n; i++) {
                    table[k][i] = Math.cos(Math.PI * k * (i + 0.5) / n);
                }
            }
            return table;
        });
    }
}
