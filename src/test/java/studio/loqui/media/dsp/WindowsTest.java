package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowsTest {

    @Test
    void shouldMakePeriodicHannThatStartsAtZeroAndPeaksAtHalf() {
        float[] w = Windows.hann(8);
        assertEquals(0, w[0], 1e-7);
        assertEquals(1, w[4], 1e-7);
        assertEquals(0.5, w[2], 1e-7);
        assertEquals(w[1], w[7], 1e-7); // periodic: symmetric about n/2, last sample not zero
        assertEquals(0.146447, w[7], 1e-6);
    }

    @Test
    void shouldMakeHannCopiesAtAQuarterHopSumToTwo() {
        int n = 512;
        float[] w = Windows.hann(n);
        for (int i = 0; i < n / 4; i++) {
            double sum = w[i] + w[i + n / 4] + w[i + n / 2] + w[i + 3 * n / 4];
            assertEquals(2.0, sum, 1e-5, "offset " + i);
        }
    }

    @Test
    void shouldMakeHannCopiesAtAHalfHopSumToOne() {
        int n = 400;
        float[] w = Windows.hann(n);
        for (int i = 0; i < n / 2; i++) {
            assertEquals(1.0, w[i] + w[i + n / 2], 1e-6, "offset " + i);
        }
    }

    @Test
    void shouldMakeSymmetricHammingFromPointZeroEightToOne() {
        float[] w = Windows.hamming(9);
        assertEquals(0.08, w[0], 1e-6);
        assertEquals(0.08, w[8], 1e-6);
        assertEquals(1.0, w[4], 1e-6);
        for (int i = 0; i < 9; i++) {
            assertEquals(w[i], w[8 - i], 1e-6, "sample " + i);
        }
    }
}
