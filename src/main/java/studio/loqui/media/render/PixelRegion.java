package studio.loqui.media.render;

/** A rectangle of whole pixels, {@code [x, x + width) x [y, y + height)}. */
public record PixelRegion(int x, int y, int width, int height) {

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    public long area() {
        return (long) width * height;
    }

    /** Grown outward to even coordinates and sizes, as 4:2:0 chroma needs, within a square frame. */
    public PixelRegion evenWithin(int side) {
        int x0 = Math.max(0, x & ~1);
        int y0 = Math.max(0, y & ~1);
        int x1 = Math.min(side, (x + width + 1) & ~1);
        int y1 = Math.min(side, (y + height + 1) & ~1);
        return new PixelRegion(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
