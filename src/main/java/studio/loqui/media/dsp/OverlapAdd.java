package studio.loqui.media.dsp;

/**
 * Weighted overlap-add of windowed frames back into a signal: each frame is windowed again and added, and each sample
 * is divided by the sum of the squared windows over it, so analysis and synthesis with the same window give back the
 * input at any overlap.
 */
public final class OverlapAdd {

    private final float[] out;
    private final float[] weight;
    private final float[] window;

    public OverlapAdd(int length, float[] window) {
        this.out = new float[length];
        this.weight = new float[length];
        this.window = window;
    }

    /** Adds a frame (time domain, as long as the window) that starts at sample {@code start}, which may be negative. */
    public void add(float[] frame, int start) {
        for (int i = 0; i < window.length; i++) {
            int n = start + i;
            if (n >= 0 && n < out.length) {
                out[n] += frame[i] * window[i];
                weight[n] += window[i] * window[i];
            }
        }
    }

    /** The signal; samples whose window weight is at most {@code minWeight} (the very edges) are 0. */
    public float[] result(float minWeight) {
        float[] y = new float[out.length];
        for (int n = 0; n < y.length; n++) {
            y[n] = weight[n] > minWeight ? out[n] / weight[n] : 0;
        }
        return y;
    }
}
