package studio.loqui.media.render;

/**
 * A drawn caption blended into raw BGR frames: each covered pixel becomes
 * {@code frame * (1 - alpha) + caption * alpha}; pixels the caption does not cover are not touched.
 */
final class CaptionOverlay {

    private final int x;
    private final int y;
    private final int width;
    private final int height;
    private final int[] argb;

    CaptionOverlay(CaptionPainter.Overlay drawn) {
        this.x = drawn.x();
        this.y = drawn.y();
        this.width = drawn.image().getWidth();
        this.height = drawn.image().getHeight();
        this.argb = drawn.image().getRGB(0, 0, width, height, null, 0, width);
    }

    void blend(byte[] bgr, int frameWidth, int frameHeight) {
        for (int row = 0; row < height && y + row < frameHeight; row++) {
            int out = ((y + row) * frameWidth + x) * 3;
            for (int col = 0; col < width && x + col < frameWidth; col++, out += 3) {
                int pixel = argb[row * width + col];
                int alpha = pixel >>> 24;
                if (alpha == 0) {
                    continue;
                }
                bgr[out] = mix(bgr[out], pixel & 0xFF, alpha);
                bgr[out + 1] = mix(bgr[out + 1], (pixel >> 8) & 0xFF, alpha);
                bgr[out + 2] = mix(bgr[out + 2], (pixel >> 16) & 0xFF, alpha);
            }
        }
    }

    private static byte mix(byte under, int over, int alpha) {
        return (byte) (((under & 0xFF) * (255 - alpha) + over * alpha + 127) / 255);
    }
}
