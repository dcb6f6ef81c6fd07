package studio.loqui.media.face;

/**
 * One level of the landmark cascade: where its feature pixels sit (an anchor landmark plus an offset
 * in the mean shape's normalized frame) and the trees that turn their intensities into a correction.
 */
record CascadeStage(RegressionTree[] trees, int[] anchors, float[] deltaX, float[] deltaY) {
}
