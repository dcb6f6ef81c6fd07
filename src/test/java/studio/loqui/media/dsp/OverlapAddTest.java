package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapAddTest {

    @Test
    void shouldGiveBackTheSignalItsWindowedFramesCameFrom() {
        Random random = new Random(3);
        float[] x = new float[5000];
        for (int n = 0; n < x.length; n++) {
            x[n] = (float) random.nextGaussian();
        }
        int size = 512;
        float[] window = Windows.hann(size);
        RealFft fft = new RealFft(size);
        OverlapAdd sum = new OverlapAdd(x.length, window);
        for (int start = -size / 2; start < x.length; start += size / 4) {
            sum.add(fft.frame(x, start, window), start);
        }
        float[] y = sum.result(1e-6f);
        for (int n = 1; n < x.length - 1; n++) {
            assertEquals(x[n], y[n], 1e-4, "sample " + n);
        }
    }
}
