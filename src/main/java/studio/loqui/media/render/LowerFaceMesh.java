package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

/**
 * A grid of triangles over the lower face, laid on the landmarks: columns across the mouth (in
 * multiples of each side's half mouth width) and rows along the nose base, both lips' outer and inner
 * edges, the chin and the neck. Posing moves the lip, jaw and chin rows; the outer rows and columns
 * stay put, so the warp fades into the still picture. The quads between the inner lip edges are the
 * mouth opening: they have no area at rest and are shaded as the cavity when the lips part.
 */
final class LowerFaceMesh {

    static final int ROWS = 7;
    static final int UPPER_INNER = 2;
    private static final int NOSE = 0;
    private static final int UPPER_OUTER = 1;
    private static final int LOWER_INNER = 3;
    private static final int LOWER_OUTER = 4;
    private static final int CHIN = 5;
    private static final double[] COLUMNS = {-3, -2.3, -1.7, -1.24, -1, -0.72, -0.44, -0.2, 0,
            0.2, 0.44, 0.72, 1, 1.24, 1.7, 2.3, 3};
    private static final double MIN_LIP = 0.05;

    final int columns = COLUMNS.length;
    final double width;
    final double[] restX;
    final double[] restY;
    /** Across the opening, -1 at the left inner corner to 1 at the right one. */
    final double[] across;
    private final MouthGeometry mouth;
    private final double[] restU;
    private final double[] restV;
    private final double[] lens;
    private final double[] lowerLens;
    private final double[] broad;
    private final double[] corner;
    private final double[] restGap;

    LowerFaceMesh(FaceLandmarks l) {
        mouth = new MouthGeometry(l);
        width = mouth.width;
        int n = ROWS * columns;
        restX = new double[n];
        restY = new double[n];
        restU = new double[n];
        restV = new double[n];
        across = new double[columns];
        lens = new double[columns];
        lowerLens = new double[columns];
        broad = new double[columns];
        corner = new double[columns];
        restGap = new double[columns];
        MouthRows rows = new MouthRows(mouth, l);
        double leftHalf = Math.max(2, -mouth.u(l.x(48), l.y(48)));
        double rightHalf = Math.max(2, mouth.u(l.x(54), l.y(54)));
        double leftInner = Math.max(1, -mouth.u(l.x(60), l.y(60)));
        double rightInner = Math.max(1, mouth.u(l.x(64), l.y(64)));
        for (int k = 0; k < columns; k++) {
            double c = COLUMNS[k];
            double u = c * (c < 0 ? leftHalf : rightHalf);
            double inner = c < 0 ? leftInner : rightInner;
            across[k] = Math.max(-1, Math.min(1, u / inner));
            lens[k] = Math.abs(u) < inner ? Math.pow(1 - (u / inner) * (u / inner), 0.6) : 0;
            lowerLens[k] = Falloff.fall(Math.abs(c), 0.3, 1.1);
            broad[k] = Falloff.fall(Math.abs(c), 0.9, 2.6);
            corner[k] = Math.signum(c) * Falloff.rise(Math.abs(c), 0, 1) * Falloff.fall(Math.abs(c), 1, 2.6);
            double[] v = rows.at(u, MIN_LIP * width);
            restGap[k] = (v[LOWER_INNER] - v[UPPER_INNER]) / width;
            for (int r = 0; r < ROWS; r++) {
                int i = vertex(r, k);
                restU[i] = u;
                restV[i] = v[r];
                restX[i] = x(u, v[r]);
                restY[i] = y(u, v[r]);
            }
        }
    }

    int vertex(int row, int column) {
        return row * columns + column;
    }

    /** Where every vertex lies in the frame for {@code pose}. */
    void pose(MouthPose p, double[] x, double[] y) {
        for (int k = 0; k < columns; k++) {
            double jaw = p.jawDrop() * broad[k];
            double lateral = (0.1 * p.spread() - 0.15 * p.pucker()) * corner[k];
            double[] dv = new double[ROWS];
            dv[UPPER_OUTER] = 0.15 * jaw * (1 - lens[k]) - (0.5 * p.upperLift() + 0.05 * p.pucker()) * lens[k];
            dv[UPPER_INNER] = 0.3 * jaw * (1 - lens[k]) - p.upperLift() * lens[k];
            dv[LOWER_INNER] = jaw * (0.3 + 0.7 * lens[k]) - p.lowerRaise() * lens[k];
            dv[LOWER_OUTER] = jaw * (0.3 + 0.7 * lowerLens[k]) + (0.05 * p.pucker() - 1.4 * p.lowerRaise()) * lowerLens[k];
            dv[CHIN] = 0.95 * jaw - 0.4 * p.lowerRaise() * broad[k];
            closeLips(p.close(), k, dv);
            for (int r = 0; r < ROWS; r++) {
                int i = vertex(r, k);
                double du = (r == NOSE || r >= CHIN ? 0.3 : 1) * lateral;
                if (r == NOSE || r == ROWS - 1) {
                    du = 0;
                }
                x[i] = x(restU[i] + du * width, restV[i] + dv[r] * width);
                y[i] = y(restU[i] + du * width, restV[i] + dv[r] * width);
            }
        }
    }

    // The inner edges meet halfway across the photo's own opening; the lips' outer edges follow a little.
    private void closeLips(double close, int k, double[] dv) {
        double half = 0.5 * Math.max(0, Math.min(1, close)) * restGap[k];
        dv[UPPER_INNER] += half;
        dv[LOWER_INNER] -= half;
        dv[UPPER_OUTER] += 0.4 * half;
        dv[LOWER_OUTER] -= 0.4 * half;
    }

    /** The smallest rectangle holding the mesh, which no pose leaves. */
    PixelRegion bounds(int side) {
        double x0 = side, y0 = side, x1 = 0, y1 = 0;
        for (int i = 0; i < restX.length; i++) {
            x0 = Math.min(x0, restX[i]);
            y0 = Math.min(y0, restY[i]);
            x1 = Math.max(x1, restX[i]);
            y1 = Math.max(y1, restY[i]);
        }
        int left = Math.max(0, (int) Math.floor(x0) - 1);
        int top = Math.max(0, (int) Math.floor(y0) - 1);
        int right = Math.min(side, (int) Math.ceil(x1) + 1);
        int bottom = Math.min(side, (int) Math.ceil(y1) + 1);
        return new PixelRegion(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    private double x(double u, double v) {
        return mouth.centerX + u * mouth.axisX - v * mouth.axisY;
    }

    private double y(double u, double v) {
        return mouth.centerY + u * mouth.axisY + v * mouth.axisX;
    }
}
