package studio.loqui.media.face;

/** A decoded picture as interleaved 8-bit BGR rows, the layout OpenCV uses. */
public record Portrait(int width, int height, byte[] bgr) {

    /** Luma (0-255) of every pixel, row by row. */
    public byte[] gray() {
        byte[] gray = new byte[width * height];
        for (int i = 0, p = 0; i < gray.length; i++, p += 3) {
            int b = bgr[p] & 0xFF;
            int g = bgr[p + 1] & 0xFF;
            int r = bgr[p + 2] & 0xFF;
            gray[i] = (byte) ((r * 77 + g * 150 + b * 29 + 128) >> 8);
        }
        return gray;
    }
}
