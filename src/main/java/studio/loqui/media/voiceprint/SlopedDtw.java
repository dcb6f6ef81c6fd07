package studio.loqui.media.voiceprint;

/**
 * Dynamic time warping whose local slope stays within 1/2..2 (steps of one frame on both sequences, or two on
 * one and one on the other, weighted so that every path from start to end weighs the same): a warp that follows
 * changes of pace where they happen. Unconstrained warps either favour the diagonal, taking up pace in a few
 * jumps, or, weighted evenly, park on one frame that resembles many; neither says how long each stretch lasted.
 */
final class SlopedDtw {

    private static final byte DIAGONAL = 0;
    private static final byte TWO_OF_A = 1;
    private static final byte TWO_OF_B = 2;

    private SlopedDtw() {
    }

    /**
     * Pairs {@code [i, j]} of frame indices of {@code a} and {@code b}, from the start to the end of both; empty
     * when one is more than twice as long as the other.
     */
    static int[][] align(double[][] a, double[][] b) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0 || n > 2 * m || m > 2 * n) {
            return new int[0][];
        }
        byte[] step = new byte[n * m];
        double[] before = infinite(m);
        double[] previous = infinite(m);
        double[] current = infinite(m);
        double[] previousDistance = new double[m];
        double[] distance = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                distance[j] = Dtw.distance(a[i], b[j]);
                if (i == 0 && j == 0) {
                    current[j] = 2 * distance[j];
                    continue;
                }
                double best = i > 0 && j > 0 ? previous[j - 1] + 2 * distance[j] : Double.POSITIVE_INFINITY;
                byte s = DIAGONAL;
                if (i > 1 && j > 0 && before[j - 1] + 2 * previousDistance[j] + distance[j] < best) {
                    best = before[j - 1] + 2 * previousDistance[j] + distance[j];
                    s = TWO_OF_A;
                }
                if (i > 0 && j > 1 && previous[j - 2] + 2 * distance[j - 1] + distance[j] < best) {
                    best = previous[j - 2] + 2 * distance[j - 1] + distance[j];
                    s = TWO_OF_B;
                }
                current[j] = best;
                step[i * m + j] = s;
            }
            double[] t = before;
            before = previous;
            previous = current;
            current = t;
            java.util.Arrays.fill(current, Double.POSITIVE_INFINITY);
            double[] d = previousDistance;
            previousDistance = distance;
            distance = d;
        }
        return Double.isInfinite(previous[m - 1]) ? new int[0][] : backtrack(step, n, m);
    }

    private static int[][] backtrack(byte[] step, int n, int m) {
        int[][] path = new int[n + m][];
        int length = 0;
        int i = n - 1;
        int j = m - 1;
        path[length++] = new int[]{i, j};
        while (i > 0 || j > 0) {
            byte s = step[i * m + j];
            if (s == TWO_OF_A) {
                path[length++] = new int[]{i - 1, j};
                i -= 2;
                j -= 1;
            } else if (s == TWO_OF_B) {
                path[length++] = new int[]{i, j - 1};
                i -= 1;
                j -= 2;
            } else {
                i--;
                j--;
            }
            path[length++] = new int[]{i, j};
        }
        int[][] out = new int[length][];
        for (int k = 0; k < length; k++) {
            out[k] = path[length - 1 - k];
        }
        return out;
    }

    private static double[] infinite(int m) {
        double[] v = new double[m];
        java.util.Arrays.fill(v, Double.POSITIVE_INFINITY);
        return v;
    }
}
