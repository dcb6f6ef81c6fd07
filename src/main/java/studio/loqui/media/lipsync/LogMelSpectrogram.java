package studio.loqui.media.lipsync;

import studio.loqui.media.dsp.MelFilterBank;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.Windows;

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
    private static final float[] HANN = Windows.hann(WINDOW);
    private static final MelFilterBank MEL = new MelFilterBank(BANDS, FFT_SIZE, SAMPLE_RATE, 80, 7600);
    private static final double ENERGY_FLOOR = 1e-8;

    private LogMelSpectrogram() {
    }

    /** One row of {@link #BANDS} natural-log energies per hop; the hop count is samples / HOP rounded up. */
    public static float[][] compute(float[] samples) {
        int hops = (samples.length + HOP - 1) / HOP;
        float[][] mel = new float[hops][];
        RealFft fft = new RealFft(FFT_SIZE);
        for (int h = 0; h < hops; h++) {
            float[] frame = fft.frame(samples, h * HOP + HOP / 2 - WINDOW / 2, HANN);
            fft.forward(frame);
            mel[h] = toFloats(MEL.logEnergies(fft.power(frame), ENERGY_FLOOR));
        }
        return mel;
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
