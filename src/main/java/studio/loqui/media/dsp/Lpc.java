package studio.loqui.media.dsp;

/** Linear prediction by the autocorrelation method and the Levinson-Durbin recursion. */
public final class Lpc {

    private Lpc() {
    }

    /** Prediction polynomial {@code a[0]=1, a[1..order]} of a windowed frame; null for a silent frame. */
    public static double[] coefficients(float[] frame, int order) {
        double[] r = new double[order + 1];
        for (int lag = 0; lag <= order; lag++) {
            double s = 0;
            for (int i = lag; i < frame.length; i++) {
                s += frame[i] * frame[i - lag];
            }
            r[lag] = s;
        }
        if (r[0] <= 1e-9) {
            return null;
        }
        r[0] *= 1 + 1e-6;
        return levinson(r, order);
    }

    private static double[] levinson(double[] r, int order) {
        double[] a = new double[order + 1];
        double[] previous = new double[order + 1];
        a[0] = 1;
        double error = r[0];
        for (int i = 1; i <= order; i++) {
            double acc = r[i];
            for (int j = 1; j < i; j++) {
                acc += a[j] * r[i - j];
            }
            double k = -acc / error;
            System.arraycopy(a, 0, previous, 0, i);
            for (int j = 1; j < i; j++) {
                a[j] = previous[j] + k * previous[i - j];
            }
            a[i] = k;
            error *= 1 - k * k;
            if (error <= 0) {
                return null;
            }
        }
        return a;
    }
}
