package studio.loqui.media.dsp;

import studio.loqui.media.audio.PcmAudio;

/**
 * YIN fundamental-frequency estimator (de Cheveigné and Kawahara, 2002): the cumulative mean
 * normalised difference function, an absolute threshold, parabolic refinement of the lag, and a
 * 5-frame median filter against isolated octave errors. Quiet frames (40 dB under the loudest)
 * count as unvoiced so that breath and room noise do not yield pitch.
 */
public final class YinPitchTracker {

    /** Speech pitch needs no more bandwidth than this; the lag search costs the square of the rate. */
    private static final int ANALYSIS_RATE = 8000;
    private static final double HOP_SECONDS = 0.010;
    private static final double WINDOW_SECONDS = 0.025;
    private static final double THRESHOLD = 0.12;
    private static final double VOICING_LIMIT = 0.35;
    private static final double SILENCE_BELOW_LOUDEST_DB = 40;

    private final double minHz;
    private final double maxHz;

    public YinPitchTracker(double minHz, double maxHz) {
        this.minHz = minHz;
        this.maxHz = maxHz;
    }

    /** Range for adult and child voices. */
    public static YinPitchTracker forSpeech() {
        return new YinPitchTracker(55, 500);
    }

    public PitchTrack track(PcmAudio audio) {
        if (audio.sampleRate() > ANALYSIS_RATE && audio.sampleRate() % ANALYSIS_RATE == 0) {
            audio = Decimator.toRate(audio, ANALYSIS_RATE);
        }
        float[] x = audio.samples();
        int fs = audio.sampleRate();
        int hop = (int) Math.round(HOP_SECONDS * fs);
        int window = (int) Math.round(WINDOW_SECONDS * fs);
        int maxLag = (int) Math.ceil(fs / minHz);
        int minLag = Math.max(2, (int) Math.floor(fs / maxHz));
        int frames = Math.max(0, x.length / hop);
        float[] f0 = new float[frames];
        double[] energy = frameEnergies(x, hop, window, frames);
        double gate = max(energy) * Math.pow(10, -SILENCE_BELOW_LOUDEST_DB / 10);
        double[] d = new double[maxLag + 2];
        for (int f = 0; f < frames; f++) {
            int start = f * hop - window / 2;
            if (energy[f] > gate && start >= 0 && start + window + maxLag + 1 < x.length) {
                f0[f] = (float) estimate(x, start, window, minLag, maxLag, fs, d);
            }
        }
        return new PitchTrack(MedianFilter.voiced(f0, 5), hop / (double) fs);
    }

    private static double estimate(float[] x, int start, int window, int minLag, int maxLag, int fs, double[] d) {
        double running = 0;
        d[0] = 1;
        for (int lag = 1; lag <= maxLag + 1; lag++) {
            double sum = 0;
            for (int i = start, end = start + window; i < end; i++) {
                double diff = x[i] - x[i + lag];
                sum += diff * diff;
            }
            running += sum;
            d[lag] = running > 0 ? sum * lag / running : 1;
        }
        int lag = chooseLag(d, minLag, maxLag);
        if (lag < 0 || d[lag] > VOICING_LIMIT) {
            return 0;
        }
        return fs / refine(d, lag);
    }

    private static int chooseLag(double[] d, int minLag, int maxLag) {
        int best = -1;
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (d[lag] < THRESHOLD) {
                while (lag + 1 <= maxLag && d[lag + 1] < d[lag]) {
                    lag++;
                }
                return lag;
            }
            if (best < 0 || d[lag] < d[best]) {
                best = lag;
            }
        }
        return best;
    }

    private static double refine(double[] d, int lag) {
        double a = d[lag - 1];
        double b = d[lag];
        double c = d[lag + 1];
        double denominator = a - 2 * b + c;
        return denominator > 0 ? lag + 0.5 * (a - c) / denominator : lag;
    }

    private static double[] frameEnergies(float[] x, int hop, int window, int frames) {
        double[] e = new double[frames];
        for (int f = 0; f < frames; f++) {
            int start = Math.max(0, f * hop - window / 2);
            int end = Math.min(x.length, start + window);
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += x[i] * x[i];
            }
            e[f] = sum / Math.max(1, end - start);
        }
        return e;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
