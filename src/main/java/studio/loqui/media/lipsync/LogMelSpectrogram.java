package studio.loqui.media.lipsync;

import java.util.Arrays;

/**
 * Log mel-band energies of 16 kHz speech every 10 ms (25 ms Hann windows), the acoustic input of the
 * lip-sync network.
 */
public final class LogMelSpectrogram {

    public static final int SAMPLE_RATE = 16_000;
    public static final int HOP = 160;
    public static final int BANDS = 40;
    public static final double HOPS_PER_SECOND = (double) SAMPLE_RATE / HOP;

    private static final int WINDOW = 400;
    private static final int FFT_SIZE = 512;
    private static final float[] HANN = hann();
    private static final float[][] MEL_FILTERS = melFilters(80, 7600);

    private LogMelSpectrogram() {
    }

    /** One row of {@link #BANDS} natural-log energies per hop; the hop count is samples / HOP rounded up. */
    public static float[][] compute(float[] samples) {
        int hops = (samples.length + HOP - 1) / HOP;
        float[][] mel = new float[hops][];
        double[] re = new double[FFT_SIZE];
        double[] im = new double[FFT_SIZE];
        for (int h = 0; h < hops; h++) {
            frame(samples, h * HOP + HOP / 2 - WINDOW / 2, re, im);
            Fft.transform(re, im);
            mel[h] = bandEnergies(re, im);
        }
        return mel;
    }

    private static void frame(float[] samples, int start, double[] re, double[] im) {
        Arrays.fill(re, 0);
        Arrays.fill(im, 0);
        for (int i = 0; i < WINDOW; i++) {
            int at = start + i;
            if (at >= 0 && at < samples.length) {
                re[i] = samples[at] * HANN[i];
            }
        }
    }

    private static float[] bandEnergies(double[] re, double[] im) {
        float[] bands = new float[BANDS];
        for (int b = 0; b < BANDS; b++) {
            double energy = 1e-8;
            float[] filter = MEL_FILTERS[b];
            for (int k = 0; k < filter.length; k++) {
                if (filter[k] != 0) {
                    energy += filter[k] * (re[k] * re[k] + im[k] * im[k]);
                }
            }
            bands[b] = (float) Math.log(energy);
        }
        return bands;
    }

    private static float[] hann() {
        float[] w = new float[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            w[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW));
        }
        return w;
    }

    private static float[][] melFilters(double lowHz, double highHz) {
        int bins = FFT_SIZE / 2 + 1;
        double lowMel = toMel(lowHz);
        double step = (toMel(highHz) - lowMel) / (BANDS + 1);
        float[][] filters = new float[BANDS][bins];
        for (int b = 0; b < BANDS; b++) {
            double left = toHz(lowMel + b * step);
            double center = toHz(lowMel + (b + 1) * step);
            double right = toHz(lowMel + (b + 2) * step);
            for (int k = 0; k < bins; k++) {
                double hz = (double) k * SAMPLE_RATE / FFT_SIZE;
                double weight = hz < center ? (hz - left) / (center - left) : (right - hz) / (right - center);
                filters[b][k] = (float) Math.max(0, weight);
            }
        }
        return filters;
    }

    private static double toMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double toHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
