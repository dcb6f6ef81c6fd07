package studio.loqui.support;

import studio.loqui.media.audio.PcmAudio;

import java.util.List;
import java.util.function.DoublePredicate;

/**
 * Music a test makes, so that its part in a mix is known: three-note chords of pure tones that change every
 * {@link #CHORD_SECONDS}, and a way to measure how loud those tones are in any recording of the same time line
 * (each tone's amplitude by a DFT at its exact frequency over half-second blocks, 2 Hz wide, where speech
 * adds next to nothing).
 */
public final class TestMusic {

    public static final double CHORD_SECONDS = 2.0;
    private static final double BLOCK_SECONDS = 0.5;
    private static final double[][] CHORDS = {
            {220.0, 277.18, 329.63}, {196.0, 246.94, 293.66}, {174.61, 220.0, 261.63}, {164.81, 207.65, 246.94}};

    private TestMusic() {
    }

    /** Chords of {@code seconds}, each tone at {@code amplitude} (peak), at {@code rate} Hz. */
    public static PcmAudio chords(double seconds, int rate, double amplitude) {
        return chords(seconds, rate, amplitude, 0);
    }

    /** As {@link #chords(double, int, double)}, each chord the one {@code shift} places later in the sequence. */
    public static PcmAudio chords(double seconds, int rate, double amplitude, int shift) {
        float[] out = new float[(int) Math.round(seconds * rate)];
        for (int n = 0; n < out.length; n++) {
            double t = n / (double) rate;
            double sum = 0;
            for (double f : chordAt(t, shift)) {
                sum += Math.sin(2 * Math.PI * f * t);
            }
            out[n] = (float) (amplitude * sum);
        }
        return new PcmAudio(out, rate);
    }

    /** The chords' power in dB in the half-second blocks whose middle {@code when} accepts. */
    public static double levelDb(PcmAudio audio, DoublePredicate when) {
        return levelDb(audio, when, 0);
    }

    /** The power of chords made with {@code shift}, as {@link #levelDb(PcmAudio, DoublePredicate)}. */
    public static double levelDb(PcmAudio audio, DoublePredicate when, int shift) {
        int block = (int) Math.round(BLOCK_SECONDS * audio.sampleRate());
        double energy = 0;
        for (int from = 0; from + block <= audio.length(); from += block) {
            double middle = (from + block / 2.0) / audio.sampleRate();
            if (!when.test(middle)) {
                continue;
            }
            for (double f : chordAt(from / (double) audio.sampleRate(), shift)) {
                energy += Math.pow(amplitude(audio.samples(), from, block, f / audio.sampleRate()), 2);
            }
        }
        return 10 * Math.log10(Math.max(energy, 1e-20));
    }

    /** Adds two recordings of the same rate, as long as the longer. */
    public static PcmAudio mix(PcmAudio a, PcmAudio b) {
        float[] out = new float[Math.max(a.length(), b.length())];
        for (PcmAudio part : List.of(a, b)) {
            for (int n = 0; n < part.length(); n++) {
                out[n] += part.samples()[n];
            }
        }
        return new PcmAudio(out, a.sampleRate());
    }

    private static double[] chordAt(double t, int shift) {
        return CHORDS[((int) (t / CHORD_SECONDS) + shift) % CHORDS.length];
    }

    private static double amplitude(float[] x, int from, int length, double cyclesPerSample) {
        double re = 0;
        double im = 0;
        for (int n = 0; n < length; n++) {
            double phase = 2 * Math.PI * cyclesPerSample * (from + n);
            re += x[from + n] * Math.cos(phase);
            im += x[from + n] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / length;
    }
}
