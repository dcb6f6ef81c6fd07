package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.PcmAudio;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays translated phrases on the original's time line: each starts where its original phrase started,
 * or right after the previous one (with a short breath) when translation made that one longer. The track
 * lasts at least as long as the original recording.
 */
final class DubbedTrack {

    static final double BREATH_SECONDS = 0.15;

    /** One phrase as placed: where it starts in the track and how long it lasts. */
    record Placed(double startSeconds, double seconds) {
    }

    private final int rate;
    private final double minimumSeconds;
    private final List<float[]> phrases = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private double cursor;

    DubbedTrack(int rate, double minimumSeconds) {
        this.rate = rate;
        this.minimumSeconds = minimumSeconds;
    }

    /** Adds a phrase meant to start at {@code originalStart}; returns where it went. */
    Placed add(double originalStart, PcmAudio speech) {
        if (speech.sampleRate() != rate) {
            throw new IllegalArgumentException("phrase at " + speech.sampleRate() + " Hz, track at " + rate);
        }
        double start = Math.round(Math.max(originalStart, cursor) * 1000) / 1000.0;
        Placed where = new Placed(start, speech.durationSeconds());
        phrases.add(speech.samples());
        placed.add(where);
        cursor = start + where.seconds() + BREATH_SECONDS;
        return where;
    }

    PcmAudio mix() {
        return mix(minimumSeconds);
    }

    /** The track, lasting at least {@code minimumSeconds} (the output's length when the picture was slowed). */
    PcmAudio mix(double minimumSeconds) {
        double end = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).startSeconds()
                + placed.get(placed.size() - 1).seconds();
        float[] track = new float[(int) Math.ceil(Math.max(minimumSeconds, end) * rate)];
        for (int i = 0; i < phrases.size(); i++) {
            int at = (int) Math.round(placed.get(i).startSeconds() * rate);
            float[] phrase = phrases.get(i);
            for (int n = 0; n < phrase.length && at + n < track.length; n++) {
                track[at + n] += phrase[n];
            }
        }
        return new PcmAudio(track, rate);
    }
}
