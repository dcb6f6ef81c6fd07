package studio.loqui.media.picture;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Layers copied into a frame's own integer pixels, scaled and moved by a camera (scale and translation only),
 * bilinear, in fixed point: the per-frame work Java2D's general transformed image loops do several times slower.
 * Each row is first blended vertically from its two source rows, then horizontally; rows of a layer that hold no
 * paint are skipped, and so are the frame rows a layer above covers completely.
 * Colours are packed 0xAARRGGBB; layers with transparency are premultiplied and laid over what is there.
 */
final class RasterBlit {

    private static final int LOW = 0x00FF00FF;

    private RasterBlit() {
    }

    /**
     * A layer's pixels: {@code width} by {@code height}, packed row by row; for each row the columns from
     * {@code paintedFrom} to {@code paintedTo} (exclusive) hold all its paint, and {@code opaque} tells whether
     * every pixel of it is.
     */
    record Layer(int[] pixels, int width, int height, boolean transparent, int[] paintedFrom, int[] paintedTo,
                 boolean[] opaque) {

        /** A copy of {@code picture} (opaque RGB or premultiplied ARGB) from row {@code top} down. */
        static Layer of(BufferedImage picture, int top, boolean transparent) {
            int width = picture.getWidth();
            int height = picture.getHeight() - top;
            int[] pixels = new int[width * height];
            picture.getRGB(0, top, width, height, pixels, 0, width);
            int[] from = new int[height];
            int[] to = new int[height];
            boolean[] opaque = new boolean[height];
            for (int y = 0; y < height; y++) {
                if (transparent) {
                    paintedSpan(pixels, y * width, width, y, from, to, opaque);
                } else {
                    to[y] = width;
                    opaque[y] = true;
                }
            }
            return new Layer(pixels, width, height, transparent, from, to, opaque);
        }

        private static void paintedSpan(int[] pixels, int row, int width, int y, int[] from, int[] to,
                                        boolean[] opaque) {
            int first = width;
            int last = -1;
            boolean solid = true;
            for (int x = 0; x < width; x++) {
                int p = premultiply(pixels[row + x]);
                pixels[row + x] = p;
                int alpha = p >>> 24;
                solid &= alpha == 255;
                if (alpha != 0) {
                    first = Math.min(first, x);
                    last = x;
                }
            }
            from[y] = first;
            to[y] = last + 1;
            opaque[y] = solid;
        }
    }

    /**
     * Where a layer lands in a frame under a camera: the frame rows and columns it reaches, and for each of those
     * columns the left source column and the weight of the one right of it.
     */
    static final class Placement {
        private final Layer layer;
        private final int frameWidth;
        private final double sy;
        private final double ty;
        final int firstRow;
        final int lastRow;
        private final int firstCol;
        private final int lastCol;
        private final int[] column;
        private final int[] weight;

        /** {@code layer} placed by {@code camera} in a frame, its row 0 at picture row {@code top}. */
        Placement(Layer layer, AffineTransform camera, int top, int frameWidth, int frameHeight) {
            this.layer = layer;
            this.frameWidth = frameWidth;
            double sx = camera.getScaleX();
            double tx = camera.getTranslateX();
            this.sy = camera.getScaleY();
            this.ty = camera.getTranslateY() + top * sy;
            this.firstRow = Math.max(0, firstCentreFrom(ty));
            this.lastRow = Math.min(frameHeight, firstCentreFrom(ty + layer.height() * sy));
            this.firstCol = Math.max(0, firstCentreFrom(tx));
            this.lastCol = Math.max(firstCol, Math.min(frameWidth, firstCentreFrom(tx + layer.width() * sx)));
            this.column = new int[lastCol - firstCol];
            this.weight = new int[lastCol - firstCol];
            long step = Math.round(65536 / sx);
            long fx = Math.round(((firstCol + 0.5 - tx) / sx - 0.5) * 65536);
            int maxX = layer.width() - 1;
            for (int i = 0; i < column.length; i++, fx += step) {
                int x0 = (int) (fx >> 16);
                int w = (int) (fx >> 8) & 255;
                if (x0 < 0) {
                    x0 = 0;
                    w = 0;
                } else if (x0 >= maxX) {
                    x0 = Math.max(0, maxX - 1);
                    w = maxX == 0 ? 0 : 256;
                }
                column[i] = x0;
                weight[i] = w;
            }
        }

        /** The first pixel whose centre is at or past {@code edge}: a layer covers the pixels whose centre it covers. */
        private static int firstCentreFrom(double edge) {
            return (int) Math.ceil(edge - 0.5);
        }

        /** The source row above frame row {@code y} and the weight of the one below it, packed {@code row << 9 | w}. */
        private int sourceRow(int y) {
            double fy = (y + 0.5 - ty) / sy - 0.5;
            int y0 = (int) Math.floor(fy);
            int w = (int) ((fy - y0) * 256);
            int maxY = layer.height() - 1;
            if (y0 < 0) {
                return 0;
            }
            if (y0 >= maxY) {
                return Math.max(0, maxY - 1) << 9 | (maxY == 0 ? 0 : 256);
            }
            return y0 << 9 | w;
        }

        /** Whether the layer paints every pixel of frame row {@code y} opaquely. */
        boolean covers(int y) {
            if (y < firstRow || y >= lastRow || firstCol > 0 || lastCol < frameWidth) {
                return false;
            }
            int row = sourceRow(y) >> 9;
            return layer.opaque()[row] && layer.opaque()[Math.min(row + 1, layer.height() - 1)];
        }

        /** Draws the layer into {@code frame}, except on the rows {@code above} covers (null: none). */
        void draw(int[] frame, Placement above) {
            if (column.length == 0) {
                return;
            }
            int[] blended = new int[layer.width()];
            for (int y = firstRow; y < lastRow; y++) {
                if (above == null || !above.covers(y)) {
                    drawRow(frame, y, blended);
                }
            }
        }

        private void drawRow(int[] frame, int y, int[] blended) {
            int packed = sourceRow(y);
            int r0 = packed >> 9;
            int r1 = Math.min(r0 + 1, layer.height() - 1);
            int from = Math.max(column[0], Math.min(layer.paintedFrom()[r0], layer.paintedFrom()[r1]) - 1);
            int to = Math.min(column[column.length - 1] + 2, Math.max(layer.paintedTo()[r0], layer.paintedTo()[r1]) + 1);
            if (from >= to) {
                return;
            }
            blendRows(layer.pixels(), r0 * layer.width(), r1 * layer.width(), packed & 511, from, to, blended);
            int first = firstColumnFrom(from);
            int last = lastColumnBefore(to);
            int out = y * frameWidth + firstCol;
            if (layer.transparent()) {
                blendColumnsOver(frame, out, blended, first, last);
            } else {
                blendColumns(frame, out, blended, first, last);
            }
        }

        private static void blendRows(int[] src, int row0, int row1, int w, int from, int to, int[] blended) {
            if (w == 0) {
                System.arraycopy(src, row0 + from, blended, from, to - from);
                return;
            }
            for (int x = from; x < to; x++) {
                blended[x] = lerp(src[row0 + x], src[row1 + x], w);
            }
        }

        private void blendColumns(int[] frame, int out, int[] blended, int first, int last) {
            for (int i = first; i < last; i++) {
                int c = column[i];
                frame[out + i] = lerp(blended[c], blended[c + 1], weight[i]);
            }
        }

        private void blendColumnsOver(int[] frame, int out, int[] blended, int first, int last) {
            for (int i = first; i < last; i++) {
                int c = column[i];
                int p = lerp(blended[c], blended[c + 1], weight[i]);
                int alpha = p >>> 24;
                if (alpha == 255) {
                    frame[out + i] = p;
                } else if (alpha != 0) {
                    frame[out + i] = over(p, frame[out + i], alpha);
                }
            }
        }

        /** The first frame column (from {@code firstCol}) whose left source column is at least {@code from}. */
        private int firstColumnFrom(int from) {
            int i = Arrays.binarySearch(column, from);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && column[i - 1] == from) {
                i--;
            }
            return i;
        }

        /** The end of the frame columns whose right source column is before {@code to}. */
        private int lastColumnBefore(int to) {
            int i = Arrays.binarySearch(column, to - 1);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && column[i - 1] == to - 1) {
                i--;
            }
            return i;
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

    /** Whether {@code camera} only scales and moves (no rotation or shear), as {@link Placement} needs. */
    static boolean axisAligned(AffineTransform camera) {
        return camera.getShearX() == 0 && camera.getShearY() == 0 && camera.getScaleX() > 0 && camera.getScaleY() > 0;
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
}
