package studio.loqui.media.voiceprint;

import studio.loqui.media.dsp.PitchTrack;

import java.util.Arrays;

/**
 * Analysis marks for PSOLA: one per glottal period in voiced speech, placed on the waveform's
 * largest positive peak near where the previous period predicts it, and every
 * {@value #UNVOICED_SPACING_SECONDS} s in unvoiced stretches.
 *
 * @param position  sample index of each mark, ascending
 * @param period    local period in samples (the grain half-width)
 * @param voiced    whether the mark lies in voiced speech
 */
record PitchMarks(int[] position, int[] period, boolean[] voiced) {

    static final double UNVOICED_SPACING_SECONDS = 0.010;
    private static final double SEARCH_FRACTION = 0.25;

    int size() {
        return position.length;
    }

    static PitchMarks find(float[] x, int sampleRate, PitchTrack pitch) {
        int capacity = x.length / Math.max(1, sampleRate / 500) + 2;
        int[] pos = new int[capacity];
        int[] per = new int[capacity];
        boolean[] voi = new boolean[capacity];
        int unvoicedSpacing = (int) Math.round(UNVOICED_SPACING_SECONDS * sampleRate);
        int n = 0;
        int t = 0;
        boolean previousVoiced = false;
        while (t < x.length && n < capacity) {
            float f0 = pitch.at(t / (double) sampleRate);
            if (f0 > 0) {
                int period = Math.round(sampleRate / f0);
                int radius = previousVoiced ? (int) (period * SEARCH_FRACTION) : period / 2;
                t = peakNear(x, t, radius);
                pos[n] = t;
                per[n] = period;
                voi[n++] = true;
                t += period;
                previousVoiced = true;
            } else {
                pos[n] = t;
                per[n] = unvoicedSpacing;
                voi[n++] = false;
                t += unvoicedSpacing;
                previousVoiced = false;
            }
        }
        return new PitchMarks(Arrays.copyOf(pos, n), Arrays.copyOf(per, n), Arrays.copyOf(voi, n));
    }

    private static int peakNear(float[] x, int centre, int radius) {
        int best = Math.min(Math.max(centre, 0), x.length - 1);
        for (int i = Math.max(0, centre - radius); i <= Math.min(x.length - 1, centre + radius); i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }
}
