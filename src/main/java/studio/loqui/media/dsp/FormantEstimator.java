package studio.loqui.media.dsp;

import studio.loqui.media.audio.PcmAudio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Formants of voiced frames as peaks of the LPC envelope, and from them the vocal-tract length
 * of a uniform tube closed at the glottis: {@code F_i = (2i-1)·c / 4L}, so the mean formant
 * spacing is {@code c / 2L}. The spacing is fitted per frame to the first four peaks and the
 * median over frames is kept, which tolerates a missed or merged formant in some frames.
 */
public final class FormantEstimator {

    /** Speed of sound in warm, humid air, cm/s. */
    public static final double SPEED_OF_SOUND_CM_S = 35000;
    private static final int ENVELOPE_FFT = 512;
    private static final double LOWEST_FORMANT_HZ = 180;
    private static final double HIGHEST_FORMANT_HZ = 5000;

    /** Result: median F1..F4 (Hz) and the median formant spacing (Hz). */
    public record Formants(double[] medianHz, double spacingHz) {

        public double vocalTractLengthCm() {
            return spacingHz > 0 ? SPEED_OF_SOUND_CM_S / (2 * spacingHz) : 0;
        }
    }

    public Formants estimate(PcmAudio audio, PitchTrack pitch) {
        int fs = audio.sampleRate();
        int frame = (int) Math.round(0.025 * fs);
        float[] window = Windows.hamming(frame);
        RealFft fft = new RealFft(ENVELOPE_FFT);
        int order = 2 + fs / 1000;
        List<double[]> peaksPerFrame = new ArrayList<>();
        for (int f = 0; f < pitch.f0Hz().length; f += 2) {
            if (pitch.f0Hz()[f] <= 0) {
                continue;
            }
            int centre = (int) Math.round(f * pitch.hopSeconds() * fs);
            double[] peaks = framePeaks(audio.samples(), centre - frame / 2, window, order, fft, fs);
            if (peaks.length >= 4) {
                peaksPerFrame.add(peaks);
            }
        }
        return summarise(peaksPerFrame);
    }

    private static double[] framePeaks(float[] x, int start, float[] window, int order, RealFft fft, int fs) {
        float[] buf = new float[window.length];
        for (int i = 0; i < window.length; i++) {
            int j = start + i;
            float previous = j - 1 >= 0 && j - 1 < x.length ? x[j - 1] : 0;
            float current = j >= 0 && j < x.length ? x[j] : 0;
            buf[i] = (current - 0.97f * previous) * window[i];
        }
        double[] a = Lpc.coefficients(buf, order);
        return a == null ? new double[0] : envelopePeaks(a, fft, fs);
    }

    private static double[] envelopePeaks(double[] a, RealFft fft, int fs) {
        float[] poly = new float[fft.size()];
        for (int i = 0; i < a.length; i++) {
            poly[i] = (float) a[i];
        }
        fft.forward(poly);
        float[] inverseGain = fft.power(poly);
        double binHz = fs / (double) fft.size();
        List<Double> peaks = new ArrayList<>();
        for (int k = 1; k + 1 < inverseGain.length && peaks.size() < 4; k++) {
            double hz = k * binHz;
            boolean minimum = inverseGain[k] < inverseGain[k - 1] && inverseGain[k] <= inverseGain[k + 1];
            if (minimum && hz >= LOWEST_FORMANT_HZ && hz <= HIGHEST_FORMANT_HZ) {
                peaks.add(hz);
            }
        }
        return peaks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Formants summarise(List<double[]> frames) {
        if (frames.isEmpty()) {
            return new Formants(new double[4], 0);
        }
        double[] spacing = new double[frames.size()];
        double[][] byIndex = new double[4][frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            double[] p = frames.get(f);
            double num = 0;
            double den = 0;
            for (int i = 0; i < 4; i++) {
                double odd = (2 * i + 1) / 2.0;
                num += p[i] * odd;
                den += odd * odd;
                byIndex[i][f] = p[i];
            }
            spacing[f] = num / den;
        }
        double[] medians = new double[4];
        for (int i = 0; i < 4; i++) {
            medians[i] = median(byIndex[i]);
        }
        return new Formants(medians, median(spacing));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
