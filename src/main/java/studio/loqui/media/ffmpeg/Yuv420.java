package studio.loqui.media.ffmpeg;

/**
 * Java's packed RGB integers converted to planar YUV 4:2:0 (BT.601, studio range), the layout the encoder codes,
 * so FFmpeg takes 1.5 bytes a pixel instead of 4 and does no colour conversion of its own. Each chroma sample is
 * the mean of its 2x2 pixels (of the pixels there are, at an odd edge).
 */
final class Yuv420 {

    private static final int RED_BLUE = 0xFF00FF;
    private static final int GREEN = 0xFF00;
    /** 66 red + 25 blue in one multiplication of the packed red and blue, read from bits 16 to 31. */
    private static final int RED_BLUE_LUMA = 66 + (25 << 16);

    private Yuv420() {
    }

    /** The bytes of one {@code width} by {@code height} frame. */
    static int frameBytes(int width, int height) {
        return width * height + 2 * chromaWidth(width) * chromaHeight(height);
    }

    /** Converts {@code rgb} (0xRRGGBB, {@code width} by {@code height}) into {@code yuv}. */
    static void convert(int[] rgb, int width, int height, byte[] yuv) {
        for (int i = 0; i < width * height; i++) {
            int p = rgb[i];
            yuv[i] = (byte) (((((p & RED_BLUE) * RED_BLUE_LUMA >>> 16) + 129 * (p >> 8 & 255) + 128) >> 8) + 16);
        }
        int cw = chromaWidth(width);
        int u = width * height;
        int v = u + cw * chromaHeight(height);
        for (int y = 0; y < height; y += 2) {
            int top = y * width;
            int bottom = Math.min(y + 1, height - 1) * width;
            int out = y / 2 * cw;
            int x = 0;
            for (; x + 1 < width; x += 2, out++) {
                chroma(rgb[top + x], rgb[top + x + 1], rgb[bottom + x], rgb[bottom + x + 1], yuv, u + out, v + out);
            }
            if (x < width) {
                chroma(rgb[top + x], rgb[top + x], rgb[bottom + x], rgb[bottom + x], yuv, u + out, v + out);
            }
        }
    }

    private static void chroma(int a, int b, int c, int d, byte[] yuv, int u, int v) {
        int redBlue = (a & RED_BLUE) + (b & RED_BLUE) + (c & RED_BLUE) + (d & RED_BLUE);
        int red = redBlue >> 16;
        int blue = redBlue & 0xFFFF;
        int green = ((a & GREEN) + (b & GREEN) + (c & GREEN) + (d & GREEN)) >> 8;
        yuv[u] = (byte) (((-38 * red - 74 * green + 112 * blue + 512) >> 10) + 128);
        yuv[v] = (byte) (((112 * red - 94 * green - 18 * blue + 512) >> 10) + 128);
    }

    private static int chromaWidth(int width) {
        return (width + 1) / 2;
    }

    private static int chromaHeight(int height) {
        return (height + 1) / 2;
    }
}
