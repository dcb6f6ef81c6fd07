package studio.loqui.media.music;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Resampler;

import java.util.Arrays;
import java.util.List;

/**
 * A film's sound: each line's narration, levelled to one loudness, at its scene's voice start, over the music
 * bed, which is ducked 13 dB (lowered smoothly, from a fifth of a second before each line) while someone speaks
 * so the words stay clear. Mono, 44.1 kHz.
 */
public final class Soundtrack {

    public static final int SAMPLE_RATE = MusicComposer.SAMPLE_RATE;
    /** Music level on its own, and how far it is lowered under speech: 13 dB. */
    static final float MUSIC_GAIN = 0.4f;
    static final double DUCK_DB = 13;
    static final float DUCKED_GAIN = (float) (MUSIC_GAIN * Math.pow(10, -DUCK_DB / 20));
    /** How fast the duck follows speech: about a fifth of a second, starting that long before a line. */
    private static final double DUCK_SECONDS = 0.2;
    private static final double PEAK = 0.95;
    /** Narration is levelled to this RMS over its voiced samples (about -16 dBFS), well above the music bed. */
    static final double VOICE_RMS = 0.16;
    private static final double VOICED = 0.01;

    /** A narration clip and when it starts, in seconds. */
    public record Clip(PcmAudio audio, double start) {
    }

    private Soundtrack() {
    }

    /** @param music null for no music */
    public static PcmAudio mix(double seconds, List<Clip> narration, PcmAudio music) {
        float[] voice = new float[(int) Math.round(seconds * SAMPLE_RATE)];
        boolean[] speaking = new boolean[voice.length];
        for (Clip clip : narration) {
            float[] samples = levelled(Resampler.toRate(clip.audio(), SAMPLE_RATE).samples());
            int from = (int) Math.round(clip.start() * SAMPLE_RATE);
            for (int i = 0; i < samples.length && from + i < voice.length; i++) {
                voice[from + i] += samples[i];
            }
            int duckFrom = Math.max(0, from - (int) (DUCK_SECONDS * SAMPLE_RATE));
            Arrays.fill(speaking, duckFrom, Math.min(voice.length, from + samples.length), true);
        }
        float[] out = voice.clone();
        if (music != null) {
            addDucked(out, music.samples(), speaking);
        }
        limit(out);
        return new PcmAudio(out, SAMPLE_RATE);
    }

    private static void addDucked(float[] out, float[] music, boolean[] speaking) {
        double step = 1 / (DUCK_SECONDS * SAMPLE_RATE);
        double gain = MUSIC_GAIN;
        for (int i = 0; i < out.length && i < music.length; i++) {
            double target = speaking[i] ? DUCKED_GAIN : MUSIC_GAIN;
            gain += Math.max(-step, Math.min(step, target - gain));
            out[i] += (float) (gain * music[i]);
        }
    }

    /** The clip scaled so that its voiced samples have {@link #VOICE_RMS}, never past the peak. */
    private static float[] levelled(float[] clip) {
        double energy = 0;
        long voiced = 0;
        float peak = 0;
        for (float s : clip) {
            peak = Math.max(peak, Math.abs(s));
            if (Math.abs(s) > VOICED) {
                energy += s * s;
                voiced++;
            }
        }
        if (voiced == 0) {
            return clip;
        }
        double gain = Math.min(VOICE_RMS / Math.sqrt(energy / voiced), PEAK / peak);
        float[] out = new float[clip.length];
        for (int i = 0; i < clip.length; i++) {
            out[i] = (float) (clip[i] * gain);
        }
        return out;
    }

    /** Scales the whole track down when it would clip; never up, so quiet stays quiet. */
    private static void limit(float[] samples) {
        float peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        if (peak > PEAK) {
            float scale = (float) (PEAK / peak);
            for (int i = 0; i < samples.length; i++) {
                samples[i] *= scale;
            }
        }
    }
}
