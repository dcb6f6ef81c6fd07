package studio.loqui.media.face;

/** 8-bit intensities, row by row; reads outside the picture are 0, as the landmark model expects. */
public record GrayImage(int width, int height, byte[] pixels) {

    public static GrayImage of(Portrait portrait) {
        byte[] gray = new byte[portrait.width() * portrait.height()];
        byte[] bgr = portrait.bgr();
        for (int i = 0, p = 0; i < gray.length; i++, p += 3) {
            gray[i] = (byte) (((bgr[p] & 0xFF) + (bgr[p + 1] & 0xFF) + (bgr[p + 2] & 0xFF)) / 3);
        }
        return new GrayImage(portrait.width(), portrait.height(), gray);
    }

    float at(long x, long y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 0;
        }
        return pixels[(int) y * width + (int) x] & 0xFF;
    }
}
