package studio.loqui.media.dsp;

/** Analysis windows. */
public final class Windows {

    private Windows() {
    }

    /** Periodic Hann window: overlapping copies at a hop of {@code n/4} sum to a constant. */
    public static float[] hann(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
        }
        return w;
    }

    public static float[] hamming(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (0.54 - 0.46 * Math.cos(2 * Math.PI * i / (n - 1)));
        }
        return w;
    }
}
