package studio.loqui.media.dsp;

import studio.loqui.media.audio.PcmAudio;

/**
 * The one way to change a sample rate: down by a whole factor through {@link Decimator}'s sinc
 * low-pass, any other ratio by linear interpolation (speech is band-limited well below the rates
 * used here, so no filter is needed going up).
 */
public final class Resampler {

    private Resampler() {
    }

    public static PcmAudio toRate(PcmAudio audio, int rate) {
        if (audio.sampleRate() == rate) {
            return audio;
        }
        if (audio.sampleRate() > rate && audio.sampleRate() % rate == 0) {
            return Decimator.toRate(audio, rate);
        }
        return new PcmAudio(interpolate(audio.samples(), audio.sampleRate() / (double) rate,
                (int) ((long) audio.length() * rate / audio.sampleRate())), rate);
    }

    /** {@code length} samples, the n-th read (linearly interpolated) at source position {@code n * step}. */
    public static float[] interpolate(float[] in, double step, int length) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int k = (int) at;
            double frac = at - k;
            float a = in[Math.min(k, in.length - 1)];
            float b = in[Math.min(k + 1, in.length - 1)];
            out[i] = (float) (a + (b - a) * frac);
        }
        return out;
    }
}
