package studio.loqui.media.render;

/**
 * Draws what shows between parted lips: a dark mouth cavity, darker in its depth, with a band of
 * upper teeth once the mouth is open wide enough to show them.
 */
final class MouthInterior {

    private static final int[] CAVITY = {74, 28, 34};
    private static final int[] TEETH = {222, 216, 204};
    private static final double UPPER_LIP_LIFT = 0.12;

    private final MouthGeometry mouth;

    MouthInterior(MouthGeometry mouth) {
        this.mouth = mouth;
    }

    /** Paints into a region's RGB buffer for a jaw drop of {@code drop} pixels. */
    void paint(byte[] rgb, PixelRegion region, double drop) {
        if (drop < 0.3) {
            return;
        }
        double w = mouth.width;
        int x0 = Math.max(region.x(), (int) Math.floor(mouth.centerX - 0.7 * w));
        int x1 = Math.min(region.x() + region.width(), (int) Math.ceil(mouth.centerX + 0.7 * w));
        int y0 = Math.max(region.y(), (int) Math.floor(mouth.centerY - 0.7 * w));
        int y1 = Math.min(region.y() + region.height(), (int) Math.ceil(mouth.centerY + 0.7 * w + drop));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                paintPixel(rgb, region, x, y, drop);
            }
        }
    }

    private void paintPixel(byte[] rgb, PixelRegion region, int x, int y, double drop) {
        double u = mouth.u(x + 0.5, y + 0.5);
        if (Math.abs(u) >= mouth.innerHalfWidth) {
            return;
        }
        double lens = Falloff.fall(Math.abs(u), 0, 0.6 * mouth.width);
        double top = mouth.upperInner(u) - UPPER_LIP_LIFT * drop * lens;
        double bottom = mouth.lowerInner(u) + drop * lens;
        double v = mouth.v(x + 0.5, y + 0.5);
        double alpha = Math.min(1, Math.min(v - top, bottom - v));
        if (alpha <= 0 || bottom - top < 0.5) {
            return;
        }
        int[] color = colorAt(v - top, bottom - top);
        int at = ((y - region.y()) * region.width() + (x - region.x())) * 3;
        for (int c = 0; c < 3; c++) {
            int old = rgb[at + c] & 0xFF;
            rgb[at + c] = (byte) (int) (old + (color[c] - old) * alpha + 0.5);
        }
    }

    // The teeth edge is blended over one pixel so it does not stair-step along the lip line.
    private int[] colorAt(double depthFromTop, double opening) {
        double centre = 1 - Math.abs(2 * depthFromTop / opening - 1);
        double shade = 1 - 0.45 * centre;
        double teethBand = opening > 4 ? Math.min(0.28 * opening, 0.07 * mouth.width) : 0;
        double teeth = Math.max(0, Math.min(1, teethBand - depthFromTop + 0.5));
        int[] color = new int[3];
        for (int c = 0; c < 3; c++) {
            color[c] = (int) (TEETH[c] * teeth + CAVITY[c] * shade * (1 - teeth));
        }
        return color;
    }
}
