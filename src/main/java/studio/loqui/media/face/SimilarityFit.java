package studio.loqui.media.face;

/** Least-squares similarity transforms between two point sets given as x0, y0, x1, y1, ... */
final class SimilarityFit {

    private SimilarityFit() {
    }

    /**
     * The rotation-and-scale part {@code [[a, -b], [b, a]]} of the similarity that best maps
     * {@code from} onto {@code to}, returned as {a, b}.
     */
    static double[] rotationScale(float[] from, float[] to) {
        int n = from.length / 2;
        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (int i = 0; i < n; i++) {
            fx += from[2 * i];
            fy += from[2 * i + 1];
            tx += to[2 * i];
            ty += to[2 * i + 1];
        }
        fx /= n;
        fy /= n;
        tx /= n;
        ty /= n;
        double dot = 0, cross = 0, norm = 0;
        for (int i = 0; i < n; i++) {
            double px = from[2 * i] - fx, py = from[2 * i + 1] - fy;
            double qx = to[2 * i] - tx, qy = to[2 * i + 1] - ty;
            dot += px * qx + py * qy;
            cross += px * qy - py * qx;
            norm += px * px + py * py;
        }
        return norm == 0 ? new double[] {1, 0} : new double[] {dot / norm, cross / norm};
    }
}
