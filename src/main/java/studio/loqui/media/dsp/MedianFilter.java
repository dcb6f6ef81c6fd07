package studio.loqui.media.dsp;

import java.util.Arrays;

/** Median smoothing of a pitch contour that leaves unvoiced frames (0) unvoiced. */
final class MedianFilter {

    private MedianFilter() {
    }

    static float[] voiced(float[] contour, int width) {
        float[] out = new float[contour.length];
        float[] window = new float[width];
        int half = width / 2;
        for (int i = 0; i < contour.length; i++) {
            if (contour[i] <= 0) {
                continue;
            }
            int n = 0;
            for (int j = Math.max(0, i - half); j <= Math.min(contour.length - 1, i + half); j++) {
                if (contour[j] > 0) {
                    window[n++] = contour[j];
                }
            }
            Arrays.sort(window, 0, n);
            out[i] = window[n / 2];
        }
        return out;
    }
}
