package studio.loqui.media.render;

/**
 * Draws the posed lower-face mesh into a region's RGB buffer: every triangle is filled by the affine
 * map that takes it back to its place in the still picture (piecewise-affine warp of the photo's own
 * pixels). Between the inner lip edges the photo's own mouth (teeth of a smile, if any) stays with
 * the lips, its upper part with the upper lip and its lower part with the lower; what opens beyond
 * that is shaded by {@link MouthCavity}.
 */
final class MeshWarp {

    private static final double INSIDE = -1e-6;
    private static final double WITH_UPPER_LIP = 0.6;

    private final LowerFaceMesh mesh;
    private final StillPicture still;
    private final MouthCavity cavity;
    private final double[] x;
    private final double[] y;
    private final double[] gap;
    private final double[] restGap;
    private final double[] restDownX;
    private final double[] restDownY;

    MeshWarp(LowerFaceMesh mesh, StillPicture still) {
        this.mesh = mesh;
        this.still = still;
        this.cavity = new MouthCavity(mesh.width);
        this.x = new double[mesh.restX.length];
        this.y = new double[mesh.restX.length];
        this.gap = new double[mesh.columns];
        this.restGap = new double[mesh.columns];
        this.restDownX = new double[mesh.columns];
        this.restDownY = new double[mesh.columns];
        for (int k = 0; k < mesh.columns; k++) {
            int top = mesh.vertex(LowerFaceMesh.UPPER_INNER, k);
            int bottom = mesh.vertex(LowerFaceMesh.UPPER_INNER + 1, k);
            restDownX[k] = mesh.restX[bottom] - mesh.restX[top];
            restDownY[k] = mesh.restY[bottom] - mesh.restY[top];
            restGap[k] = Math.hypot(restDownX[k], restDownY[k]);
        }
    }

    void paint(MouthPose pose, byte[] rgb, PixelRegion region) {
        mesh.pose(pose, x, y);
        for (int k = 0; k < mesh.columns; k++) {
            int top = mesh.vertex(LowerFaceMesh.UPPER_INNER, k);
            int bottom = mesh.vertex(LowerFaceMesh.UPPER_INNER + 1, k);
            gap[k] = Math.hypot(x[bottom] - x[top], y[bottom] - y[top]);
        }
        cavity.frame(pose, gap[mesh.columns / 2] - restGap[mesh.columns / 2]);
        for (int r = 0; r + 1 < LowerFaceMesh.ROWS; r++) {
            for (int k = 0; k + 1 < mesh.columns; k++) {
                int a = mesh.vertex(r, k);
                int b = mesh.vertex(r, k + 1);
                int c = mesh.vertex(r + 1, k + 1);
                int d = mesh.vertex(r + 1, k);
                boolean hole = r == LowerFaceMesh.UPPER_INNER;
                // Split each quad along the diagonal that points away from the mouth's centre line.
                if (k < mesh.columns / 2) {
                    triangle(a, b, d, hole, rgb, region);
                    triangle(b, c, d, hole, rgb, region);
                } else {
                    triangle(a, b, c, hole, rgb, region);
                    triangle(a, c, d, hole, rgb, region);
                }
            }
        }
    }

    private void triangle(int a, int b, int c, boolean hole, byte[] rgb, PixelRegion region) {
        double den = (y[b] - y[c]) * (x[a] - x[c]) + (x[c] - x[b]) * (y[a] - y[c]);
        if (Math.abs(den) < 1e-3) {
            return;
        }
        int x0 = Math.max(region.x(), (int) Math.floor(Math.min(x[a], Math.min(x[b], x[c]))));
        int x1 = Math.min(region.x() + region.width() - 1, (int) Math.ceil(Math.max(x[a], Math.max(x[b], x[c]))));
        int y0 = Math.max(region.y(), (int) Math.floor(Math.min(y[a], Math.min(y[b], y[c]))));
        int y1 = Math.min(region.y() + region.height() - 1, (int) Math.ceil(Math.max(y[a], Math.max(y[b], y[c]))));
        for (int py = y0; py <= y1; py++) {
            double cy = py + 0.5;
            for (int px = x0; px <= x1; px++) {
                double cx = px + 0.5;
                double la = ((y[b] - y[c]) * (cx - x[c]) + (x[c] - x[b]) * (cy - y[c])) / den;
                double lb = ((y[c] - y[a]) * (cx - x[c]) + (x[a] - x[c]) * (cy - y[c])) / den;
                double lc = 1 - la - lb;
                if (la < INSIDE || lb < INSIDE || lc < INSIDE) {
                    continue;
                }
                int at = ((py - region.y()) * region.width() + (px - region.x())) * 3;
                double sx = la * mesh.restX[a] + lb * mesh.restX[b] + lc * mesh.restX[c];
                double sy = la * mesh.restY[a] + lb * mesh.restY[b] + lc * mesh.restY[c];
                if (hole) {
                    shadeOpening(a, b, c, la, lb, lc, sx, sy, rgb, at);
                } else {
                    still.sample(sx, sy, rgb, at);
                }
            }
        }
    }

    // (sx, sy) is where the pixel lies in the photo's own opening when that opening is simply stretched.
    private void shadeOpening(int a, int b, int c, double la, double lb, double lc, double sx, double sy,
                              byte[] rgb, int at) {
        int n = mesh.columns;
        int ka = a % n, kb = b % n, kc = c % n;
        double down = la * row(a) + lb * row(b) + lc * row(c);
        double now = la * gap[ka] + lb * gap[kb] + lc * gap[kc];
        double rest = la * restGap[ka] + lb * restGap[kb] + lc * restGap[kc];
        double restX = la * restDownX[ka] + lb * restDownX[kb] + lc * restDownX[kc];
        double restY = la * restDownY[ka] + lb * restDownY[kb] + lc * restDownY[kc];
        double fromTop = down * now;
        double fromBottom = (1 - down) * now;
        double upperPart = WITH_UPPER_LIP * rest;
        double lowerPart = rest - upperPart;
        if (now <= rest + 1e-6) {
            still.sample(sx, sy, rgb, at);
            return;
        }
        // Photo rows are addressed by how far below the upper inner edge they lie at rest.
        double restDepth;
        if (fromTop < upperPart) {
            restDepth = fromTop;
        } else if (fromBottom < lowerPart) {
            restDepth = rest - fromBottom;
        } else {
            double opened = now - rest;
            double cavityDown = (fromTop - upperPart) / opened;
            double across = la * mesh.across[ka] + lb * mesh.across[kb] + lc * mesh.across[kc];
            double shift = rest > 1e-6 ? (upperPart - down * rest) / rest : 0;
            still.sample(sx + shift * restX, sy + shift * restY, rgb, at);
            cavity.shade(across, cavityDown, opened, upperPart, rgb, at);
            return;
        }
        double shift = rest > 1e-6 ? (restDepth - down * rest) / rest : 0;
        still.sample(sx + shift * restX, sy + shift * restY, rgb, at);
    }

    private int row(int vertex) {
        return vertex / mesh.columns - LowerFaceMesh.UPPER_INNER;
    }
}
