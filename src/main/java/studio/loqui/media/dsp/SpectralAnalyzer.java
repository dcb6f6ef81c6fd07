package studio.loqui.media.dsp;

import studio.loqui.media.audio.PcmAudio;

import java.util.Arrays;

/**
 * Short-time power spectra (32 ms Hann frames every 10 ms) averaged over the active frames into
 * {@link SpectralStats}. Active frames are those within 35 dB of the loud end of the signal, so
 * pauses and room noise do not dilute the voice's spectrum.
 */
public final class SpectralAnalyzer {

    public static final int MEL_BANDS = 40;
    public static final int MFCC_COUNT = 13;
    private static final double FRAME_SECONDS = 0.032;
    private static final double HOP_SECONDS = 0.010;
    private static final double ACTIVE_RANGE_DB = 35;

    public SpectralStats analyze(PcmAudio audio) {
        int fs = audio.sampleRate();
        int frame = (int) Math.round(FRAME_SECONDS * fs);
        RealFft fft = new RealFft(Integer.highestOneBit(frame - 1) * 2);
        float[] window = Windows.hann(frame);
        int hop = (int) Math.round(HOP_SECONDS * fs);
        int frames = Math.max(1, (audio.length() - frame) / hop + 1);
        float[][] power = new float[frames][];
        double[] energy = new double[frames];
        for (int f = 0; f < frames; f++) {
            float[] buf = fft.frame(audio.samples(), f * hop, window);
            fft.forward(buf);
            power[f] = fft.power(buf);
            energy[f] = sum(power[f]);
        }
        return summarise(power, activeFrames(energy), fft.size(), fs);
    }

    /** Frames louder than the 95th-percentile frame energy minus {@value #ACTIVE_RANGE_DB} dB. */
    public static boolean[] activeFrames(double[] energy) {
        double[] sorted = energy.clone();
        Arrays.sort(sorted);
        double loud = sorted[(int) ((sorted.length - 1) * 0.95)];
        double gate = Math.max(loud * Math.pow(10, -ACTIVE_RANGE_DB / 10), 1e-9);
        boolean[] active = new boolean[energy.length];
        for (int i = 0; i < energy.length; i++) {
            active[i] = energy[i] > gate;
        }
        return active;
    }

    static SpectralStats summarise(float[][] power, boolean[] active, int fftSize, int fs) {
        MelFilterBank mel = new MelFilterBank(MEL_BANDS, fftSize, fs, 60, Math.min(7600, fs / 2.0));
        double[] logMel = new double[MEL_BANDS];
        int bands = (int) Math.floor(fs / 2.0 / SpectralStats.LTAS_BAND_HZ);
        double[] bandPower = new double[bands];
        int used = 0;
        for (int f = 0; f < power.length; f++) {
            if (!active[f]) {
                continue;
            }
            used++;
            double[] e = mel.logEnergies(power[f]);
            for (int m = 0; m < MEL_BANDS; m++) {
                logMel[m] += e[m];
            }
            addBands(power[f], bandPower, fftSize, fs);
        }
        for (int m = 0; m < MEL_BANDS; m++) {
            logMel[m] /= Math.max(1, used);
        }
        double[] ltas = new double[bands];
        for (int b = 0; b < bands; b++) {
            ltas[b] = 10 * Math.log10(bandPower[b] / Math.max(1, used) + 1e-12);
        }
        double[] cepstrum = Dct.dct2(logMel, MFCC_COUNT);
        return new SpectralStats(logMel, Arrays.copyOfRange(cepstrum, 1, MFCC_COUNT), ltas);
    }

    private static void addBands(float[] power, double[] bandPower, int fftSize, int fs) {
        double binHz = fs / (double) fftSize;
        for (int k = 0; k < power.length; k++) {
            int b = (int) (k * binHz / SpectralStats.LTAS_BAND_HZ);
            if (b < bandPower.length) {
                bandPower[b] += power[k];
            }
        }
    }

    private static double sum(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }
}
