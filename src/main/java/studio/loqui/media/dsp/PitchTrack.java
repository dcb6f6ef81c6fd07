package studio.loqui.media.dsp;

import java.util.Arrays;

/**
 * Fundamental frequency per analysis frame; 0 where the frame is unvoiced.
 *
 * @param f0Hz        F0 of each frame, 0 when unvoiced
 * @param hopSeconds  time between frame centres
 */
public record PitchTrack(float[] f0Hz, double hopSeconds) {

    public static final double SEMITONES_PER_OCTAVE = 12.0;

    public float[] voicedValues() {
        int n = 0;
        for (float f : f0Hz) {
            if (f > 0) {
                n++;
            }
        }
        float[] v = new float[n];
        int i = 0;
        for (float f : f0Hz) {
            if (f > 0) {
                v[i++] = f;
            }
        }
        return v;
    }

    public double voicedRatio() {
        return f0Hz.length == 0 ? 0 : voicedValues().length / (double) f0Hz.length;
    }

    /** Median F0 of voiced frames in Hz; 0 when nothing is voiced. */
    public double medianHz() {
        return percentileHz(50);
    }

    public double percentileHz(double percent) {
        float[] v = voicedValues();
        if (v.length == 0) {
            return 0;
        }
        Arrays.sort(v);
        int index = (int) Math.round((v.length - 1) * percent / 100.0);
        return v[Math.max(0, Math.min(v.length - 1, index))];
    }

    /** Standard deviation of voiced F0 in semitones: the speaker's pitch variability, independent of level. */
    public double stdSemitones() {
        float[] v = voicedValues();
        if (v.length < 2) {
            return 0;
        }
        double mean = 0;
        for (float f : v) {
            mean += semitones(f);
        }
        mean /= v.length;
        double var = 0;
        for (float f : v) {
            double d = semitones(f) - mean;
            var += d * d;
        }
        return Math.sqrt(var / (v.length - 1));
    }

    /** F0 at a time, 0 when that frame is unvoiced or outside the track. */
    public float at(double seconds) {
        int i = (int) Math.round(seconds / hopSeconds);
        return i >= 0 && i < f0Hz.length ? f0Hz[i] : 0;
    }

    /** Semitones above 1 Hz; differences of these are musical intervals. */
    public static double semitones(double hz) {
        return SEMITONES_PER_OCTAVE * Math.log(hz) / Math.log(2);
    }
}
