package studio.loqui.media.render;

/**
 * Where a patch of the still picture went in a frame, found by block matching on luma (least mean
 * absolute difference over integer shifts): a measure independent of how the renderer moved it.
 */
final class PatchMotion {

    private final byte[] still;
    private final int side;

    PatchMotion(byte[] still, int side) {
        this.still = still;
        this.side = side;
    }

    /** The shift (dx, dy) within +-{@code reach} that best maps the patch centred at (cx, cy) into {@code frame}, and its error. */
    double[] shift(byte[] frame, double cx, double cy, int halfWidth, int halfHeight, int reach) {
        double best = Double.MAX_VALUE;
        int bestX = 0, bestY = 0;
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                double error = error(frame, (int) cx, (int) cy, halfWidth, halfHeight, dx, dy);
                if (error < best - 1e-9 || (Math.abs(error - best) < 1e-9 && Math.abs(dx) + Math.abs(dy) < Math.abs(bestX) + Math.abs(bestY))) {
                    best = error;
                    bestX = dx;
                    bestY = dy;
                }
            }
        }
        return new double[] {bestX, bestY, best};
    }

    /** Mean absolute luma difference of the patch against {@code frame} shifted by (dx, dy). */
    double error(byte[] frame, int cx, int cy, int halfWidth, int halfHeight, int dx, int dy) {
        double sum = 0;
        int n = 0;
        for (int y = cy - halfHeight; y <= cy + halfHeight; y++) {
            for (int x = cx - halfWidth; x <= cx + halfWidth; x++) {
                int fx = x + dx, fy = y + dy;
                if (x < 0 || y < 0 || x >= side || y >= side || fx < 0 || fy < 0 || fx >= side || fy >= side) {
                    continue;
                }
                sum += Math.abs(luma(frame, fx, fy) - luma(still, x, y));
                n++;
            }
        }
        return n == 0 ? Double.MAX_VALUE : sum / n;
    }

    double luma(byte[] rgb, int x, int y) {
        int at = (y * side + x) * 3;
        return 0.299 * (rgb[at] & 0xFF) + 0.587 * (rgb[at + 1] & 0xFF) + 0.114 * (rgb[at + 2] & 0xFF);
    }
}
