package studio.loqui.media.dsp;

import studio.loqui.media.audio.PcmAudio;

/**
 * Lowers the sample rate by an integer factor: a Blackman-windowed sinc low-pass at 90 % of the
 * new Nyquist frequency, evaluated only at the kept samples.
 */
public final class Decimator {

    private static final int TAPS_PER_FACTOR = 24;

    private final int factor;
    private final float[] taps;

    public Decimator(int factor) {
        this.factor = factor;
        this.taps = lowPass(factor * TAPS_PER_FACTOR + 1, 0.45 / factor);
    }

    /** Decimates to {@code targetRate}, which must divide the audio's rate. */
    public static PcmAudio toRate(PcmAudio audio, int targetRate) {
        if (audio.sampleRate() == targetRate) {
            return audio;
        }
        if (audio.sampleRate() % targetRate != 0) {
            throw new IllegalArgumentException(audio.sampleRate() + " Hz is not a multiple of " + targetRate + " Hz");
        }
        return new Decimator(audio.sampleRate() / targetRate).apply(audio);
    }

    public PcmAudio apply(PcmAudio audio) {
        float[] x = audio.samples();
        float[] y = new float[x.length / factor];
        int half = taps.length / 2;
        for (int n = 0; n < y.length; n++) {
            int centre = n * factor;
            double sum = 0;
            for (int k = 0; k < taps.length; k++) {
                int i = centre + k - half;
                if (i >= 0 && i < x.length) {
                    sum += taps[k] * x[i];
                }
            }
            y[n] = (float) sum;
        }
        return new PcmAudio(y, audio.sampleRate() / factor);
    }

    /** Windowed-sinc low-pass with cutoff {@code cutoff} in cycles per sample. */
    private static float[] lowPass(int length, double cutoff) {
        float[] h = new float[length];
        int mid = length / 2;
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double t = i - mid;
            double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (length - 1)) + 0.08 * Math.cos(4 * Math.PI * i / (length - 1));
            h[i] = (float) (sinc * w);
            sum += h[i];
        }
        for (int i = 0; i < length; i++) {
            h[i] /= (float) sum;
        }
        return h;
    }
}
