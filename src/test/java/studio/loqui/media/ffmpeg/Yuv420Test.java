package studio.loqui.media.ffmpeg;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** BT.601 studio-range values of known colours, and chroma as the mean of each 2x2 block. */
class Yuv420Test {

    @Test
    void shouldGiveTheStudioRangeValuesOfWhiteBlackAndRed() {
        assertArrayEquals(new int[] {235, 128, 128}, yuvOfSolid(0xFFFFFF));
        assertArrayEquals(new int[] {16, 128, 128}, yuvOfSolid(0x000000));
        assertArrayEquals(new int[] {82, 90, 240}, yuvOfSolid(0xFF0000));
        assertArrayEquals(new int[] {41, 240, 110}, yuvOfSolid(0x0000FF));
    }

    @Test
    void shouldAverageEachTwoByTwoBlockIntoOneChromaSampleAtOddSizesToo() {
        int width = 3;
        int height = 3;
        int[] rgb = {0xFF0000, 0x0000FF, 0xFF0000, 0xFF0000, 0x0000FF, 0xFF0000, 0x0000FF, 0x0000FF, 0x0000FF};
        byte[] yuv = new byte[Yuv420.frameBytes(width, height)];
        assertEquals(9 + 2 * 4, yuv.length);
        Yuv420.convert(rgb, width, height, yuv);
        assertEquals(82, yuv[0] & 255);
        assertEquals(41, yuv[1] & 255);
        int u = 9;
        int v = 13;
        assertEquals((90 + 240) / 2, yuv[u] & 255, 1);
        assertEquals((240 + 110) / 2, yuv[v] & 255, 1);
        assertEquals(90, yuv[u + 1] & 255, "the odd last column: red alone");
        assertEquals(240, yuv[u + 2] & 255, "the odd last row: blue alone");
    }

    private static int[] yuvOfSolid(int rgb) {
        int[] frame = new int[4 * 2];
        java.util.Arrays.fill(frame, rgb);
        byte[] yuv = new byte[Yuv420.frameBytes(4, 2)];
        Yuv420.convert(frame, 4, 2, yuv);
        return new int[] {yuv[0] & 255, yuv[8] & 255, yuv[10] & 255};
    }
}
