package studio.loqui.media.music;

import studio.loqui.media.audio.PcmAudio;

/**
 * A film's score in the {@link MusicStyle} its genre and mood call for: a four-chord progression in A (I-V-vi-IV
 * in major, i-VI-III-VII in minor), one chord a bar of four beats, played as a held pad, a bass on every beat (the
 * root, then the fifth), a lead breaking each chord into notes on the beat (or its halves or quarters, swung for jazz), and
 * the genre's drum pattern. The first note of each beat is accented, so the beat is heard. Levelled to one loudness, so every style ducks the same under the voice.
 */
public class MusicComposer {

    static final int SAMPLE_RATE = 44100;
    /** Semitones above the key's root. */
    private static final int[][] MAJOR = {{0, 4, 7}, {7, 11, 14}, {9, 12, 16}, {5, 9, 12}};
    private static final int[][] MINOR = {{0, 3, 7}, {8, 12, 15}, {3, 7, 10}, {10, 14, 17}};
    /** A3. */
    static final double ROOT_HZ = 220.0;
    private static final double TARGET_RMS = 0.12;
    private static final double PEAK = 0.9;

    public PcmAudio compose(double seconds, String genre, String mood) {
        return compose(seconds, MusicStyle.of(genre, mood));
    }

    public PcmAudio compose(double seconds, MusicStyle style) {
        int[][] progression = style.minor() ? MINOR : MAJOR;
        float[] samples = new float[(int) Math.round(seconds * SAMPLE_RATE)];
        double beat = style.beatSeconds();
        Drums drums = new Drums(SAMPLE_RATE);
        int bars = (int) Math.ceil(seconds / (4 * beat));
        for (int bar = 0; bar < bars; bar++) {
            int[] chord = progression[bar % 4];
            double barStart = bar * 4 * beat;
            int from = at(barStart);
            int length = Math.min(at(4 * beat), samples.length - from);
            for (int semitone : chord) {
                style.pad().play(samples, from, length, hz(semitone), 0.05, SAMPLE_RATE);
            }
            for (int b = 0; b < 4; b++) {
                int start = at(barStart + b * beat);
                if (start < samples.length) {
                    style.bass().play(samples, start, at(beat), hz((b % 2 == 0 ? chord[0] : chord[2]) - 12),
                            0.16, SAMPLE_RATE);
                }
            }
            lead(samples, style, chord, barStart, beat);
            groove(samples, style, drums, barStart, beat);
        }
        level(samples);
        fadeEdges(samples);
        return new PcmAudio(samples, SAMPLE_RATE);
    }

    private static void lead(float[] out, MusicStyle style, int[] chord, double barStart, double beat) {
        int steps = 4 * style.stepsPerBeat();
        double step = beat / style.stepsPerBeat();
        int[] arpeggio = {chord[0], chord[1], chord[2], chord[0] + 12};
        for (int s = 0; s < steps; s++) {
            double t = barStart + s * step;
            if (style.swing() && s % 2 == 1) {
                t += step / 3;
            }
            int start = at(t);
            if (start >= out.length) {
                return;
            }
            double accent = s % style.stepsPerBeat() == 0 ? 1 : 0.4;
            style.lead().play(out, start, at(step * 0.95), hz(arpeggio[s % arpeggio.length] + 12 * style.leadOctave()),
                    0.09 * accent, SAMPLE_RATE);
        }
    }

    private static void groove(float[] out, MusicStyle style, Drums drums, double barStart, double beat) {
        String steps = style.drums().steps();
        for (int s = 0; s < steps.length(); s++) {
            double t = barStart + s * beat / 4;
            if (style.swing() && s % 4 == 3) {
                t += beat / 12;
            }
            int start = at(t);
            if (start < out.length) {
                drums.hit(steps.charAt(s), out, start, 0.35);
            }
        }
    }

    /** Scales to the target loudness, then down again if a peak would pass {@link #PEAK}. */
    private static void level(float[] samples) {
        double energy = 0;
        float peak = 0;
        for (float s : samples) {
            energy += s * s;
            peak = Math.max(peak, Math.abs(s));
        }
        if (energy == 0) {
            return;
        }
        double gain = Math.min(TARGET_RMS / Math.sqrt(energy / samples.length), PEAK / peak);
        for (int i = 0; i < samples.length; i++) {
            samples[i] *= (float) gain;
        }
    }

    private static void fadeEdges(float[] samples) {
        int fade = Math.min(samples.length / 4, SAMPLE_RATE);
        for (int i = 0; i < fade; i++) {
            float gain = i / (float) fade;
            samples[i] *= gain;
            samples[samples.length - 1 - i] *= gain;
        }
    }

    private static int at(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }

    private static double hz(int semitonesAboveRoot) {
        return ROOT_HZ * Math.pow(2, semitonesAboveRoot / 12.0);
    }
}
