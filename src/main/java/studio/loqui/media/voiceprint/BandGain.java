package studio.loqui.media.voiceprint;

import studio.loqui.media.dsp.MelFilterBank;
import studio.loqui.media.dsp.SpectralStats;

/** Turns a log-power correction per mel band into a smooth magnitude gain per FFT bin. */
final class BandGain {

    private BandGain() {
    }

    static float[] toBins(double[] logPowerPerBand, MelFilterBank bank, int fftSize, int fs, double limit) {
        int bands = logPowerPerBand.length;
        double low = MelFilterBank.mel(60);
        double high = MelFilterBank.mel(Math.min(7600, fs / 2.0));
        double[] smoothed = smooth(logPowerPerBand);
        float[] gain = new float[fftSize / 2 + 1];
        for (int k = 0; k < gain.length; k++) {
            double m = MelFilterBank.mel(k * fs / (double) fftSize);
            double position = (m - low) / (high - low) * (bands + 1) - 1;
            int i = (int) Math.floor(position);
            double frac = position - i;
            double value = i < 0 ? smoothed[0] : i >= bands - 1 ? smoothed[bands - 1]
                    : smoothed[i] * (1 - frac) + smoothed[i + 1] * frac;
            value = Math.max(-limit, Math.min(limit, value));
            gain[k] = (float) Math.exp(0.5 * value);
        }
        return gain;
    }

    /** Same for a correction per linear LTAS band ({@link SpectralStats#LTAS_BAND_HZ} wide, from 0 Hz). */
    static float[] fromLtas(double[] logPowerPerBand, int fftSize, int fs, double limit) {
        double[] smoothed = smooth(logPowerPerBand);
        float[] gain = new float[fftSize / 2 + 1];
        for (int k = 0; k < gain.length; k++) {
            double position = k * fs / (double) fftSize / SpectralStats.LTAS_BAND_HZ - 0.5;
            int i = (int) Math.floor(position);
            double frac = position - i;
            double value = i < 0 ? smoothed[0] : i >= smoothed.length - 1 ? smoothed[smoothed.length - 1]
                    : smoothed[i] * (1 - frac) + smoothed[i + 1] * frac;
            value = Math.max(-limit, Math.min(limit, value));
            gain[k] = (float) Math.exp(0.5 * value);
        }
        return gain;
    }

    private static double[] smooth(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double a = v[Math.max(0, i - 1)];
            double b = v[Math.min(v.length - 1, i + 1)];
            out[i] = 0.25 * a + 0.5 * v[i] + 0.25 * b;
        }
        return out;
    }
}
