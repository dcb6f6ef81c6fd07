package studio.loqui.media.dsp;

/** Orthonormal DCT-II, which turns log mel energies into cepstral coefficients. */
public final class Dct {

    private Dct() {
    }

    /** Coefficients {@code 0 .. count-1} of the orthonormal DCT-II of {@code x}. */
    public static double[] dct2(double[] x, int count) {
        int n = x.length;
        double[] c = new double[count];
        for (int k = 0; k < count; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i] * Math.cos(Math.PI * k * (i + 0.5) / n);
            }
            c[k] = sum * Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
        }
        return c;
    }
}
