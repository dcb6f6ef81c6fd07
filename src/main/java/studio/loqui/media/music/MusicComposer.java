package studio.loqui.media.music;

import studio.loqui.media.audio.PcmAudio;

import java.util.Locale;
import java.util.Set;

/**
 * A film's score: a four-chord progression, major for bright moods and minor for dark ones, one chord per
 * bar, each chord an additive pad (fundamental plus two softer harmonics per note) with a bass note an
 * octave down. Tempo follows the genre: slower for cinematic and ambient, faster otherwise.
 */
public class MusicComposer {

    static final int SAMPLE_RATE = 44100;
    private static final Set<String> DARK_MOODS = Set.of("sad", "dark", "tense", "melancholic", "scary", "somber");
    /** Semitones above the key's root: I-V-vi-IV in major, i-VI-III-VII in minor. */
    private static final int[][] MAJOR = {{0, 4, 7}, {7, 11, 14}, {9, 12, 16}, {5, 9, 12}};
    private static final int[][] MINOR = {{0, 3, 7}, {8, 12, 15}, {3, 7, 10}, {10, 14, 17}};
    private static final double ROOT_HZ = 220.0;

    public PcmAudio compose(double seconds, String genre, String mood) {
        int[][] progression = DARK_MOODS.contains(lower(mood)) ? MINOR : MAJOR;
        double barSeconds = Set.of("cinematic", "ambient").contains(lower(genre)) ? 2.4 : 1.6;
        float[] samples = new float[(int) Math.round(seconds * SAMPLE_RATE)];
        int barLength = (int) (barSeconds * SAMPLE_RATE);
        for (int start = 0, bar = 0; start < samples.length; start += barLength, bar++) {
            addChord(samples, start, Math.min(barLength, samples.length - start), progression[bar % 4]);
        }
        fadeEdges(samples);
        return new PcmAudio(samples, SAMPLE_RATE);
    }

    private static void addChord(float[] out, int start, int length, int[] semitones) {
        for (int semitone : semitones) {
            addNote(out, start, length, hz(semitone), 0.06);
        }
        addNote(out, start, length, hz(semitones[0] - 12), 0.08);
    }

    private static void addNote(float[] out, int start, int length, double hz, double amplitude) {
        for (int i = 0; i < length; i++) {
            double t = i / (double) SAMPLE_RATE;
            double wave = Math.sin(2 * Math.PI * hz * t) + 0.3 * Math.sin(4 * Math.PI * hz * t)
                    + 0.1 * Math.sin(6 * Math.PI * hz * t);
            out[start + i] += (float) (amplitude * envelope(i, length) * wave);
        }
    }

    /** A soft attack and release so chord changes do not click. */
    private static double envelope(int i, int length) {
        int ramp = Math.min(length / 4, SAMPLE_RATE / 10);
        if (ramp == 0) {
            return 1;
        }
        return Math.min(1, Math.min(i, length - 1 - i) / (double) ramp);
    }

    private static void fadeEdges(float[] samples) {
        int fade = Math.min(samples.length / 4, SAMPLE_RATE);
        for (int i = 0; i < fade; i++) {
            float gain = i / (float) fade;
            samples[i] *= gain;
            samples[samples.length - 1 - i] *= gain;
        }
    }

    private static double hz(int semitonesAboveRoot) {
        return ROOT_HZ * Math.pow(2, semitonesAboveRoot / 12.0);
    }

    private static String lower(String word) {
        return word == null ? "" : word.toLowerCase(Locale.ROOT);
    }
}
