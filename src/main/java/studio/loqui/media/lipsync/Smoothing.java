package studio.loqui.media.lipsync;

/** Gaussian smoothing of a sampled signal, with the edges held. */
public final class Smoothing {

    private Smoothing() {
    }

    public static float[] gaussian(float[] signal, double sigma) {
        int reach = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * reach + 1];
        for (int k = -reach; k <= reach; k++) {
            kernel[k + reach] = Math.exp(-0.5 * k * k / (sigma * sigma));
        }
        float[] out = new float[signal.length];
        for (int i = 0; i < signal.length; i++) {
            double sum = 0, weight = 0;
            for (int k = -reach; k <= reach; k++) {
                int at = Math.min(signal.length - 1, Math.max(0, i + k));
                sum += kernel[k + reach] * signal[at];
                weight += kernel[k + reach];
            }
            out[i] = (float) (sum / weight);
        }
        return out;
    }
}
