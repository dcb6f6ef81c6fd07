package studio.loqui.media.render;

/**
 * A square frame in planar YUV 4:2:0 with BT.601 studio-range values, the layout the encoder takes
 * from its pipe. Converting only the changed region each frame is what keeps rendering cheap.
 */
final class Yuv420Frame {

    final int side;
    final byte[] data;
    private final int chromaOffsetU;
    private final int chromaOffsetV;

    Yuv420Frame(int side) {
        this.side = side;
        this.data = new byte[side * side * 3 / 2];
        this.chromaOffsetU = side * side;
        this.chromaOffsetV = chromaOffsetU + side * side / 4;
    }

    /** Converts an RGB region (even position and size) given as its own row-major buffer. */
    void writeRegion(PixelRegion r, byte[] rgb) {
        for (int y = 0; y < r.height(); y++) {
            int out = (r.y() + y) * side + r.x();
            for (int x = 0, in = y * r.width() * 3; x < r.width(); x++, in += 3) {
                data[out + x] = (byte) luma(rgb[in] & 0xFF, rgb[in + 1] & 0xFF, rgb[in + 2] & 0xFF);
            }
        }
        int half = side / 2;
        for (int y = 0; y < r.height(); y += 2) {
            int row = y * r.width() * 3;
            int out = (r.y() + y) / 2 * half + r.x() / 2;
            for (int x = 0; x < r.width(); x += 2, out++) {
                int a = row + x * 3;
                int b = a + r.width() * 3;
                int red = (rgb[a] & 0xFF) + (rgb[a + 3] & 0xFF) + (rgb[b] & 0xFF) + (rgb[b + 3] & 0xFF);
                int green = (rgb[a + 1] & 0xFF) + (rgb[a + 4] & 0xFF) + (rgb[b + 1] & 0xFF) + (rgb[b + 4] & 0xFF);
                int blue = (rgb[a + 2] & 0xFF) + (rgb[a + 5] & 0xFF) + (rgb[b + 2] & 0xFF) + (rgb[b + 5] & 0xFF);
                data[chromaOffsetU + out] = (byte) (((-38 * red - 74 * green + 112 * blue + 512) >> 10) + 128);
                data[chromaOffsetV + out] = (byte) (((112 * red - 94 * green - 18 * blue + 512) >> 10) + 128);
            }
        }
    }

    static int luma(int r, int g, int b) {
        return ((66 * r + 129 * g + 25 * b + 128) >> 8) + 16;
    }
}
