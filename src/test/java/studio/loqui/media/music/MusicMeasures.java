package studio.loqui.media.music;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.Windows;

import java.util.Arrays;

/** What a listener's tools measure of music: its tempo, its brightness, its pitch classes. */
final class MusicMeasures {

    private static final int HOP = 441;

    private MusicMeasures() {
    }

    /**
     * Beats a minute from the autocorrelation of the onset strength (spectral flux: the rise of log magnitude
     * summed over the bins below 1.5 kHz, where the notes and drum bodies are, of 2048-sample frames every 10 ms,
     * less its mean): the shortest lag between 55 and 190 bpm whose autocorrelation
     * peak reaches 85 % of the highest.
     */
    static double tempo(PcmAudio audio) {
        int n = 2048;
        RealFft fft = new RealFft(n);
        float[] window = Windows.hann(n);
        int hops = (audio.length() - n) / HOP;
        double[] onset = new double[hops];
        float[] last = null;
        int maxBin = (int) (1500.0 * n / audio.sampleRate());
        for (int h = 0; h < hops; h++) {
            float[] spectrum = spectrum(fft, audio.samples(), h * HOP, window);
            for (int k = 0; k < maxBin; k++) {
                spectrum[k] = (float) Math.log(1 + 1000 * Math.sqrt(spectrum[k]));
                if (last != null) {
                    onset[h] += Math.max(0, spectrum[k] - last[k]);
                }
            }
            last = spectrum;
        }
        double mean = Arrays.stream(onset).average().orElse(0);
        for (int h = 0; h < hops; h++) {
            onset[h] -= mean;
        }
        double hopSeconds = HOP / (double) audio.sampleRate();
        int minLag = (int) Math.floor(60 / 190.0 / hopSeconds);
        int maxLag = (int) Math.ceil(60 / 55.0 / hopSeconds);
        double[] acf = new double[maxLag + 2];
        for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
            for (int h = 0; h + lag < hops; h++) {
                acf[lag] += onset[h] * onset[h + lag];
            }
            acf[lag] /= hops - lag;
        }
        double best = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            best = Math.max(best, acf[lag]);
        }
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (acf[lag] >= 0.85 * best && acf[lag] >= acf[lag - 1] && acf[lag] >= acf[lag + 1]) {
                double refined = lag + parabola(acf[lag - 1], acf[lag], acf[lag + 1]);
                return 60 / (refined * hopSeconds);
            }
        }
        throw new AssertionError("no tempo");
    }

    private static double parabola(double a, double b, double c) {
        double d = a - 2 * b + c;
        return d == 0 ? 0 : 0.5 * (a - c) / d;
    }

    /** Mean spectral centroid in Hz over 2048-sample frames. */
    static double centroid(PcmAudio audio) {
        int n = 2048;
        RealFft fft = new RealFft(n);
        float[] window = Windows.hann(n);
        double weighted = 0;
        double total = 0;
        for (int start = 0; start + n <= audio.length(); start += n) {
            float[] power = spectrum(fft, audio.samples(), start, window);
            for (int k = 1; k < power.length; k++) {
                double magnitude = Math.sqrt(power[k]);
                weighted += magnitude * k * audio.sampleRate() / (double) n;
                total += magnitude;
            }
        }
        return weighted / total;
    }

    /** Spectral power by pitch class (0 = A) from 80 Hz to 2 kHz, summed over the piece, normalised to sum 1. */
    static double[] chroma(PcmAudio audio) {
        int n = 8192;
        RealFft fft = new RealFft(n);
        float[] window = Windows.hann(n);
        double[] chroma = new double[12];
        for (int start = 0; start + n <= audio.length(); start += n / 2) {
            float[] power = spectrum(fft, audio.samples(), start, window);
            for (int k = 1; k < power.length; k++) {
                double hz = k * audio.sampleRate() / (double) n;
                if (hz >= 80 && hz <= 2000) {
                    int pitchClass = Math.floorMod((int) Math.round(12 * Math.log(hz / 440) / Math.log(2)), 12);
                    chroma[pitchClass] += power[k];
                }
            }
        }
        double sum = 0;
        for (double c : chroma) {
            sum += c;
        }
        for (int i = 0; i < 12; i++) {
            chroma[i] /= sum;
        }
        return chroma;
    }

    private static float[] spectrum(RealFft fft, float[] samples, int start, float[] window) {
        float[] frame = fft.frame(samples, start, window);
        fft.forward(frame);
        return fft.power(frame);
    }
}
