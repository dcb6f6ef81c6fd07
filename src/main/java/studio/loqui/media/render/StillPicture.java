package studio.loqui.media.render;

/** The still frame's RGB pixels, read between pixel centres by bilinear interpolation. */
final class StillPicture {

    final byte[] rgb;
    final int side;

    StillPicture(byte[] rgb, int side) {
        this.rgb = rgb;
        this.side = side;
    }

    /** Writes the colour at frame position ({@code x}, {@code y}) (pixel centres at .5) into {@code out[at..at+2]}. */
    void sample(double x, double y, byte[] out, int at) {
        double cx = Math.min(side - 1.001, Math.max(0, x - 0.5));
        double cy = Math.min(side - 1.001, Math.max(0, y - 0.5));
        int x0 = (int) cx;
        int y0 = (int) cy;
        double fx = cx - x0;
        double fy = cy - y0;
        int a = (y0 * side + x0) * 3;
        int b = a + side * 3;
        for (int c = 0; c < 3; c++) {
            double top = (rgb[a + c] & 0xFF) * (1 - fx) + (rgb[a + 3 + c] & 0xFF) * fx;
            double bottom = (rgb[b + c] & 0xFF) * (1 - fx) + (rgb[b + 3 + c] & 0xFF) * fx;
            out[at + c] = (byte) (int) (top * (1 - fy) + bottom * fy + 0.5);
        }
    }
}
