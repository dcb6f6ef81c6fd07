package studio.loqui.media.face;

/**
 * Places the 68 points from the face box alone, by the proportions of an average frontal face. Used
 * when dlib's trained model is not installed: the mouth and eyes are then approximately located.
 */
final class GeometricLandmarks {

    private static final double[][] EYE = {{-0.083, 0}, {-0.035, -0.025}, {0.035, -0.025}, {0.083, 0},
        {0.035, 0.02}, {-0.035, 0.02}};
    private static final double[][] OUTER_LIP = {{-0.183, 0}, {-0.12, -0.04}, {-0.05, -0.06}, {0, -0.053},
        {0.05, -0.06}, {0.12, -0.04}, {0.183, 0}, {0.12, 0.05}, {0.05, 0.072}, {0, 0.077}, {-0.05, 0.072}, {-0.12, 0.05}};
    private static final double[][] INNER_LIP = {{-0.16, 0}, {-0.05, -0.012}, {0, -0.012}, {0.05, -0.012},
        {0.16, 0}, {0.05, 0.012}, {0, 0.012}, {-0.05, 0.012}};

    private GeometricLandmarks() {
    }

    /** Points x0, y0, ... in the unit square of a landmark-style face box. */
    static double[] unitShape() {
        double[] p = new double[2 * FaceLandmarks.COUNT];
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            set(p, i, 0.5 - 0.47 * Math.cos(Math.PI * t), 0.32 + 0.75 * Math.sin(Math.PI * t));
        }
        for (int i = 0; i < 5; i++) {
            double lift = 0.04 * Math.sin(Math.PI * i / 4);
            set(p, 17 + i, 0.12 + 0.077 * i, 0.24 - lift);
            set(p, 22 + i, 0.575 + 0.077 * i, 0.24 - lift);
        }
        for (int i = 0; i < 4; i++) {
            set(p, 27 + i, 0.5, 0.306 + 0.08 * i);
        }
        for (int i = 0; i < 5; i++) {
            set(p, 31 + i, 0.41 + 0.045 * i, i == 2 ? 0.634 : 0.62);
        }
        placeAround(p, 36, EYE, 0.297, 0.32);
        placeMirrored(p, 42, EYE, 0.703, 0.32);
        placeAround(p, 48, OUTER_LIP, 0.5, 0.775);
        placeAround(p, 60, INNER_LIP, 0.5, 0.775);
        return p;
    }

    private static void placeAround(double[] p, int first, double[][] offsets, double cx, double cy) {
        for (int i = 0; i < offsets.length; i++) {
            set(p, first + i, cx + offsets[i][0], cy + offsets[i][1]);
        }
    }

    // The right eye runs inner corner first, so it is the left eye's outline read from the other side.
    private static void placeMirrored(double[] p, int first, double[][] offsets, double cx, double cy) {
        int[] order = {3, 2, 1, 0, 5, 4};
        for (int i = 0; i < offsets.length; i++) {
            set(p, first + i, cx - offsets[order[i]][0], cy + offsets[order[i]][1]);
        }
    }

    private static void set(double[] p, int index, double x, double y) {
        p[2 * index] = x;
        p[2 * index + 1] = y;
    }
}
