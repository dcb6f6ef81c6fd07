package studio.loqui.media.picture;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Layers copied into a frame's own integer pixels, scaled and moved by a camera (scale and translation only),
 * bilinear, in fixed point: the per-frame work Java2D's general transformed image loops do several times slower.
 * Colours are packed 0xAARRGGBB; layers with transparency are premultiplied and laid over what is there.
 */
final class RasterBlit {

    private static final int LOW = 0x00FF00FF;

    private RasterBlit() {
    }

    /** A layer's pixels: {@code width} by {@code height}, packed row by row. */
    record Layer(int[] pixels, int width, int height, boolean transparent) {

        /** A copy of {@code picture} (opaque RGB or premultiplied ARGB) from row {@code top} down. */
        static Layer of(BufferedImage picture, int top, boolean transparent) {
            int width = picture.getWidth();
            int height = picture.getHeight() - top;
            int[] pixels = new int[width * height];
            picture.getRGB(0, top, width, height, pixels, 0, width);
            if (transparent) {
                for (int i = 0; i < pixels.length; i++) {
                    pixels[i] = premultiply(pixels[i]);
                }
            }
            return new Layer(pixels, width, height, transparent);
        }
    }

    /** The pixels of an RGB frame, or null when the frame keeps them otherwise. */
    static int[] pixels(BufferedImage frame) {
        if (frame.getType() != BufferedImage.TYPE_INT_RGB || !(frame.getRaster().getDataBuffer() instanceof DataBufferInt data)
                || frame.getRaster().getParent() != null) {
            return null;
        }
        return data.getData();
    }

    /** Whether {@code camera} only scales and moves (no rotation or shear), as {@link #draw} needs. */
    static boolean axisAligned(AffineTransform camera) {
        return camera.getShearX() == 0 && camera.getShearY() == 0 && camera.getScaleX() > 0 && camera.getScaleY() > 0;
    }

    /**
     * Draws {@code layer} into {@code frame} ({@code width} wide) as {@code camera} places it, its row 0 at
     * picture row {@code top}.
     */
    static void draw(int[] frame, int width, int height, Layer layer, AffineTransform camera, int top) {
        double sx = camera.getScaleX();
        double sy = camera.getScaleY();
        double tx = camera.getTranslateX();
        double ty = camera.getTranslateY() + top * sy;
        int firstRow = Math.max(0, (int) Math.floor(ty));
        int lastRow = Math.min(height, (int) Math.ceil(ty + layer.height() * sy));
        int firstCol = Math.max(0, (int) Math.floor(tx));
        int lastCol = Math.min(width, (int) Math.ceil(tx + layer.width() * sx));
        long stepX = Math.round(65536 / sx);
        long startX = Math.round(((firstCol + 0.5 - tx) / sx - 0.5) * 65536);
        int[] src = layer.pixels();
        int sw = layer.width();
        int maxX = sw - 1;
        int maxY = layer.height() - 1;
        for (int y = firstRow; y < lastRow; y++) {
            double fy = (y + 0.5 - ty) / sy - 0.5;
            int y0 = (int) Math.floor(fy);
            int wy = (int) ((fy - y0) * 256);
            int r0 = clamp(y0, maxY) * sw;
            int r1 = clamp(y0 + 1, maxY) * sw;
            long fx = startX;
            int out = y * width + firstCol;
            for (int x = firstCol; x < lastCol; x++, fx += stepX, out++) {
                int x0 = (int) (fx >> 16);
                int wx = (int) (fx >> 8) & 255;
                int c0 = clamp(x0, maxX);
                int c1 = clamp(x0 + 1, maxX);
                int top2 = lerp(src[r0 + c0], src[r0 + c1], wx);
                int bottom = lerp(src[r1 + c0], src[r1 + c1], wx);
                int p = lerp(top2, bottom, wy);
                if (!layer.transparent()) {
                    frame[out] = p;
                } else {
                    int alpha = p >>> 24;
                    if (alpha == 255) {
                        frame[out] = p;
                    } else if (alpha != 0) {
                        frame[out] = over(p, frame[out], alpha);
                    }
                }
            }
        }
    }

    /** {@code frame} becomes {@code (1 - amount) * frame + amount * other}, amount 0 to 1. */
    static void mix(int[] frame, int[] other, double amount) {
        int w = (int) Math.round(Math.max(0, Math.min(1, amount)) * 256);
        for (int i = 0; i < frame.length; i++) {
            frame[i] = lerp(frame[i], other[i], w);
        }
    }

    /** Darkens the frame towards black: {@code level} 1 keeps it, 0 is black. */
    static void dim(int[] frame, double level) {
        int w = (int) Math.round(Math.max(0, Math.min(1, level)) * 256);
        for (int i = 0; i < frame.length; i++) {
            int p = frame[i];
            frame[i] = ((p & LOW) * w >>> 8 & LOW) | (((p >>> 8) & LOW) * w & ~LOW);
        }
    }

    /** Per channel {@code a + (b - a) * w / 256}, all four channels, {@code w} 0 to 256. */
    private static int lerp(int a, int b, int w) {
        int v = 256 - w;
        int low = ((a & LOW) * v + (b & LOW) * w) >>> 8 & LOW;
        int high = (((a >>> 8) & LOW) * v + ((b >>> 8) & LOW) * w) & ~LOW;
        return low | high;
    }

    /** Premultiplied {@code p} over opaque {@code under}. */
    private static int over(int p, int under, int alpha) {
        int keep = 256 - (alpha + (alpha >> 7));
        int low = (p & LOW) + (((under & LOW) * keep >>> 8) & LOW);
        int high = ((p >>> 8) & LOW) + ((((under >>> 8) & LOW) * keep >>> 8) & LOW);
        return 0xFF000000 | (low & LOW) | (high & 0xFF) << 8;
    }

    private static int premultiply(int argb) {
        int a = argb >>> 24;
        if (a == 255 || a == 0) {
            return a == 0 ? 0 : argb;
        }
        int r = (argb >> 16 & 255) * a / 255;
        int g = (argb >> 8 & 255) * a / 255;
        int b = (argb & 255) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int clamp(int v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }
}
