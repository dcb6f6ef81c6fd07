package studio.loqui.media.voiceprint;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Dct;
import studio.loqui.media.dsp.MelFilterBank;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.Windows;

/**
 * What identifies a speaker in {@link SpeakerSimilarity}: the mean and spread of mel-cepstra c1..c{@value #CEPSTRA}
 * over the speech frames, measured only within {@value #LOW_HZ}..{@value #HIGH_HZ} Hz, the band a phone line
 * and a studio microphone both carry, so an 8 kHz recording and a 16 kHz one are compared on the same frequencies.
 *
 * @param mean          per cepstral coefficient, its mean over the speech frames
 * @param std           per coefficient, its standard deviation over the speech frames
 * @param speechSeconds speech the measures rest on
 */
public record Voiceprint(double[] mean, double[] std, double speechSeconds) {

    static final int CEPSTRA = 16;
    static final double LOW_HZ = 250;
    static final double HIGH_HZ = 3400;
    private static final int FFT = 512;
    private static final int HOP = 160;
    private static final int BANDS = 26;

    /** Measures 16 kHz speech (any rate works; the band is fixed in Hz). */
    public static Voiceprint of(PcmAudio audio) {
        RealFft fft = new RealFft(FFT);
        float[] window = Windows.hann(FFT);
        MelFilterBank bank = new MelFilterBank(BANDS, FFT, audio.sampleRate(), LOW_HZ,
                Math.min(HIGH_HZ, audio.sampleRate() / 2.0));
        float[] x = audio.samples();
        int frames = Math.max(0, (x.length - FFT) / HOP + 1);
        double[][] cepstra = new double[frames][];
        double[] energy = new double[frames];
        for (int f = 0; f < frames; f++) {
            float[] spectrum = fft.frame(x, f * HOP, window);
            fft.forward(spectrum);
            float[] power = fft.power(spectrum);
            double[] logMel = bank.logEnergies(power);
            for (double v : logMel) {
                energy[f] += Math.exp(v);
            }
            double[] c = Dct.dct2(logMel, CEPSTRA + 1);
            cepstra[f] = java.util.Arrays.copyOfRange(c, 1, CEPSTRA + 1);
        }
        boolean[] active = frames == 0 ? new boolean[0] : SpectralAnalyzer.activeFrames(energy);
        double[] mean = new double[CEPSTRA];
        double[] var = new double[CEPSTRA];
        int n = 0;
        for (int f = 0; f < frames; f++) {
            if (active[f]) {
                n++;
                for (int k = 0; k < CEPSTRA; k++) {
                    mean[k] += cepstra[f][k];
                }
            }
        }
        for (int k = 0; k < CEPSTRA; k++) {
            mean[k] /= Math.max(1, n);
        }
        for (int f = 0; f < frames; f++) {
            if (active[f]) {
                for (int k = 0; k < CEPSTRA; k++) {
                    var[k] += Math.pow(cepstra[f][k] - mean[k], 2) / Math.max(1, n);
                }
            }
        }
        double[] std = new double[CEPSTRA];
        for (int k = 0; k < CEPSTRA; k++) {
            std[k] = Math.sqrt(var[k]);
        }
        return new Voiceprint(mean, std, n * HOP / (double) audio.sampleRate());
    }

    /**
     * Distance of two voiceprints: root mean square over the coefficients of the mean difference in units of the
     * pooled within-speaker spread. About 0.1-0.3 for two recordings of one speaker.
     */
    public double distance(Voiceprint other) {
        double sum = 0;
        for (int k = 0; k < CEPSTRA; k++) {
            double pooled = Math.sqrt((std[k] * std[k] + other.std[k] * other.std[k]) / 2) + 1e-6;
            sum += Math.pow((mean[k] - other.mean[k]) / pooled, 2);
        }
        return Math.sqrt(sum / CEPSTRA);
    }
}
