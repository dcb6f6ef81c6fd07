package studio.loqui.media.voiceprint;

/**
 * Dynamic time warping of two sequences of feature vectors (Euclidean frame distance; steps
 * diagonal, across and down): the pairs of frames that say the same thing.
 */
final class Dtw {

    private Dtw() {
    }

    /** Pairs {@code [i, j]} of frame indices of {@code a} and {@code b}, from the start to the end of both. */
    static int[][] align(double[][] a, double[][] b) {
        int n = a.length;
        int m = b.length;
        byte[] step = new byte[n * m];
        double[] previous = new double[m];
        double[] current = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double d = distance(a[i], b[j]);
                if (i == 0 && j == 0) {
                    current[j] = d;
                    continue;
                }
                double diagonal = i > 0 && j > 0 ? previous[j - 1] : Double.POSITIVE_INFINITY;
                double up = i > 0 ? previous[j] : Double.POSITIVE_INFINITY;
                double left = j > 0 ? current[j - 1] : Double.POSITIVE_INFINITY;
                byte s = 0;
                double best = diagonal;
                if (up < best) {
                    best = up;
                    s = 1;
                }
                if (left < best) {
                    best = left;
                    s = 2;
                }
                current[j] = best + d;
                step[i * m + j] = s;
            }
            double[] t = previous;
            previous = current;
            current = t;
        }
        return backtrack(step, n, m);
    }

    private static int[][] backtrack(byte[] step, int n, int m) {
        int[][] path = new int[n + m][];
        int length = 0;
        int i = n - 1;
        int j = m - 1;
        while (i >= 0 && j >= 0) {
            path[length++] = new int[]{i, j};
            if (i == 0 && j == 0) {
                break;
            }
            byte s = i == 0 ? 2 : j == 0 ? 1 : step[i * m + j];
            if (s == 0) {
                i--;
                j--;
            } else if (s == 1) {
                i--;
            } else {
                j--;
            }
        }
        int[][] out = new int[length][];
        for (int k = 0; k < length; k++) {
            out[k] = path[length - 1 - k];
        }
        return out;
    }

    static double distance(double[] x, double[] y) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - y[k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
