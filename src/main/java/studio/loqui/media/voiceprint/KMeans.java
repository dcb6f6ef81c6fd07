package studio.loqui.media.voiceprint;

import java.util.SplittableRandom;

/** Lloyd's k-means with k-means++ seeding, on a few thousand small vectors. */
final class KMeans {

    private static final int ITERATIONS = 15;

    private KMeans() {
    }

    static double[][] fit(double[][] x, int k, SplittableRandom random) {
        int classes = Math.min(k, x.length);
        double[][] centroids = seed(x, classes, random);
        for (int it = 0; it < ITERATIONS; it++) {
            int[] label = assign(x, centroids);
            double[][] sums = new double[classes][x[0].length];
            int[] counts = new int[classes];
            for (int i = 0; i < x.length; i++) {
                counts[label[i]]++;
                for (int d = 0; d < x[i].length; d++) {
                    sums[label[i]][d] += x[i][d];
                }
            }
            for (int c = 0; c < classes; c++) {
                if (counts[c] > 0) {
                    for (int d = 0; d < sums[c].length; d++) {
                        centroids[c][d] = sums[c][d] / counts[c];
                    }
                }
            }
        }
        return centroids;
    }

    static int[] assign(double[][] x, double[][] centroids) {
        int[] label = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = Dtw.distance(x[i], centroids[c]);
                if (d < best) {
                    best = d;
                    label[i] = c;
                }
            }
        }
        return label;
    }

    private static double[][] seed(double[][] x, int k, SplittableRandom random) {
        double[][] centroids = new double[k][];
        centroids[0] = x[random.nextInt(x.length)].clone();
        double[] nearest = new double[x.length];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                nearest[i] = Math.min(nearest[i], Math.pow(Dtw.distance(x[i], centroids[c - 1]), 2));
                total += nearest[i];
            }
            double pick = random.nextDouble() * total;
            int chosen = x.length - 1;
            for (int i = 0; i < x.length && pick > 0; i++) {
                pick -= nearest[i];
                chosen = i;
            }
            centroids[c] = x[chosen].clone();
        }
        return centroids;
    }
}
