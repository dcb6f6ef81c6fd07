package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.render.PictureRetimer;
import studio.loqui.media.stretch.TimeStretcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the original's moments fall in a dub whose picture was slowed over some stretches ({@code slow_picture}):
 * original time to output time, piecewise linear, the identity until a stretch is slowed. The background sound
 * is stretched to it ({@link #stretched}) and the picture retimed by it ({@link PictureRetimer}).
 */
final class PictureTimeline {

    private final List<PictureRetimer.Slowed> slowed = new ArrayList<>();

    /**
     * Makes the original's {@code [from, to)} last {@code factor} times as long (below 1: shorter, as when an edit
     * undoes some slowing); stretches must come in order and not overlap.
     */
    void slow(double from, double to, double factor) {
        if (Math.abs(factor - 1) > 1e-9 && to > from) {
            slowed.add(new PictureRetimer.Slowed(from, to, factor));
        }
    }

    /** The output time of the original's {@code seconds}. */
    double map(double seconds) {
        double mapped = seconds;
        for (PictureRetimer.Slowed s : slowed) {
            mapped += (s.factor() - 1) * Math.max(0, Math.min(seconds, s.toSeconds()) - s.fromSeconds());
        }
        return mapped;
    }

    /** How much longer the output is than the original. */
    double addedSeconds() {
        return slowed.stream().mapToDouble(s -> (s.factor() - 1) * (s.toSeconds() - s.fromSeconds())).sum();
    }

    boolean slows() {
        return !slowed.isEmpty();
    }

    List<PictureRetimer.Slowed> slowed() {
        return List.copyOf(slowed);
    }

    /** Crossfade at each end of a stretched piece of sound. */
    static final double JOIN_SECONDS = 0.010;

    /** {@code audio} on the output's time line: slowed stretches made longer at the same pitch, the rest copied. */
    PcmAudio stretched(PcmAudio audio, TimeStretcher stretcher) {
        if (!slows()) {
            return audio;
        }
        int rate = audio.sampleRate();
        float[] out = new float[sample(map(audio.durationSeconds()), rate)];
        double cursor = 0;
        for (PictureRetimer.Slowed s : slowed) {
            copy(audio, cursor, s.fromSeconds(), out);
            PcmAudio longer = stretcher.changeTempo(audio.slice(s.fromSeconds(), s.toSeconds()), 1 / s.factor());
            int at = sample(map(s.fromSeconds()), rate);
            int length = Math.min(sample(map(s.toSeconds()), rate) - at, out.length - at);
            int written = Math.max(0, Math.min(length, longer.length()));
            System.arraycopy(longer.samples(), 0, out, at, written);
            crossfadeJoins(audio, sample(s.fromSeconds(), rate), sample(s.toSeconds(), rate), out, at, written);
            cursor = s.toSeconds();
        }
        copy(audio, cursor, audio.durationSeconds(), out);
        return new PcmAudio(out, rate);
    }

    StereoPcm stretched(StereoPcm audio, TimeStretcher stretcher) {
        return slows() ? new StereoPcm(stretched(audio.left(), stretcher), stretched(audio.right(), stretcher)) : audio;
    }

    /**
     * Blends the first and last {@link #JOIN_SECONDS} of a stretched piece, {@code out[at, at + length)}, with the
     * original running on at each join ({@code audio} from {@code source} and up to {@code sourceEnd}), so that no
     * click is heard where the stretched sound meets the copied one.
     */
    private static void crossfadeJoins(PcmAudio audio, int source, int sourceEnd, float[] out, int at, int length) {
        float[] in = audio.samples();
        int fade = Math.min((int) Math.round(JOIN_SECONDS * audio.sampleRate()), length / 2);
        for (int i = 0; i < fade; i++) {
            double w = (i + 0.5) / fade;
            if (source + i < in.length) {
                out[at + i] = (float) (in[source + i] * (1 - w) + out[at + i] * w);
            }
            int end = at + length - fade + i;
            int original = sourceEnd - fade + i;
            if (original >= 0 && original < in.length) {
                out[end] = (float) (out[end] * (1 - w) + in[original] * w);
            }
        }
    }

    /** The original's {@code [from, to)} into {@code out} at its mapped place (unslowed, so the same length). */
    private void copy(PcmAudio audio, double from, double to, float[] out) {
        int rate = audio.sampleRate();
        int source = sample(from, rate);
        int target = sample(map(from), rate);
        int length = Math.min(Math.min(sample(to, rate), audio.length()) - source, out.length - target);
        if (length > 0) {
            System.arraycopy(audio.samples(), source, out, target, length);
        }
    }

    private static int sample(double seconds, int rate) {
        return (int) Math.round(seconds * rate);
    }
}
