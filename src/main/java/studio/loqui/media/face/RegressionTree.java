package studio.loqui.media.face;

/**
 * One tree of an ensemble-of-regression-trees cascade: a complete binary tree whose splits compare
 * the difference of two feature pixels with a threshold, and whose leaves hold a shape increment.
 */
record RegressionTree(int[] firstPixel, int[] secondPixel, float[] threshold, float[][] leaves) {

    float[] leafFor(float[] pixels) {
        int node = 0;
        int splits = threshold.length;
        while (node < splits) {
            boolean left = pixels[firstPixel[node]] - pixels[secondPixel[node]] > threshold[node];
            node = left ? 2 * node + 1 : 2 * node + 2;
        }
        return leaves[node - splits];
    }
}
