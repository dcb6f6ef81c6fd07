package studio.loqui.media.voiceprint;

import studio.loqui.media.audio.Levels;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;

import java.util.function.DoubleUnaryOperator;

/**
 * Time-domain pitch-synchronous overlap-add (Moulines and Charpentier, 1990). Two-period
 * Hann-windowed grains around the analysis marks are laid down at the new pitch period, which
 * moves the harmonics while the grains keep the spectral envelope (the formants); the time axis
 * is stretched by choosing, for each output mark, the grain nearest the mapped input time.
 */
final class Psola {

    private Psola() {
    }

    /**
     * @param pitchRatio  new F0 over old F0 at an input time (seconds)
     * @param timeScale   output duration over input duration
     */
    static PcmAudio render(PcmAudio input, PitchTrack pitch, DoubleUnaryOperator pitchRatio, double timeScale) {
        float[] x = input.samples();
        int fs = input.sampleRate();
        PitchMarks marks = PitchMarks.find(x, fs, pitch);
        float[] y = new float[(int) Math.ceil(x.length * timeScale) + 1];
        if (marks.size() == 0) {
            return new PcmAudio(y, fs);
        }
        int k = 0;
        double out = marks.position()[0] * timeScale;
        while (out < y.length) {
            double in = out / timeScale;
            k = nearestMark(marks, in, k);
            int period = marks.period()[k];
            addGrain(x, marks.position()[k], period, y, (int) Math.round(out));
            double step = marks.voiced()[k] ? period / pitchRatio.applyAsDouble(in / fs) : period;
            out += Math.max(1, step);
        }
        matchLevel(x, y);
        return new PcmAudio(y, fs);
    }

    private static int nearestMark(PitchMarks marks, double time, int from) {
        int k = from;
        int[] p = marks.position();
        while (k + 1 < p.length && Math.abs(p[k + 1] - time) <= Math.abs(p[k] - time)) {
            k++;
        }
        return k;
    }

    private static void addGrain(float[] x, int centre, int halfWidth, float[] y, int at) {
        for (int i = -halfWidth; i < halfWidth; i++) {
            int src = centre + i;
            int dst = at + i;
            if (src >= 0 && src < x.length && dst >= 0 && dst < y.length) {
                double w = 0.5 + 0.5 * Math.cos(Math.PI * i / halfWidth);
                y[dst] += (float) (w * x[src]);
            }
        }
    }

    /** Fewer or more grains per second change the power; the voice should keep its level. */
    private static void matchLevel(float[] x, float[] y) {
        double gain = Levels.rms(x) / Math.max(1e-9, Levels.rms(y));
        for (int i = 0; i < y.length; i++) {
            y[i] *= (float) gain;
        }
    }
}
