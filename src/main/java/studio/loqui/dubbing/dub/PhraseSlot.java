package studio.loqui.dubbing.dub;

import studio.loqui.media.asr.TranscriptSegments;

import java.util.List;

/**
 * Where a dubbed phrase may go: it starts where the original phrase started and should last as long; a
 * translation that runs longer is sped up to at most {@link #MAX_TEMPO}, then may run on into the pause that
 * follows, up to {@link #GAP_SECONDS} before the next phrase starts (or the recording ends). Only a phrase that
 * fits neither way is sped up further, as little as keeps it from overlapping the next, unless the picture may
 * be slowed ({@link #slowingFor}): then the stretch from its start to the next's lasts longer instead.
 *
 * @param roomSeconds    from the phrase's start to the gap before the next, even when the original ran into it
 *                       (cues that abut), so that a dubbed phrase never delays the next by more than the gap
 * @param stretchSeconds from the phrase's start to the next's (or the recording's end)
 */
record PhraseSlot(double start, double originalSeconds, double roomSeconds, double stretchSeconds) {

    static final double MAX_TEMPO = 1.25;
    static final double GAP_SECONDS = 0.08;
    /** The most a stretch of picture is slowed; a phrase that needs more is sped up beyond {@link #MAX_TEMPO}. */
    static final double MAX_SLOWING = 2.0;

    static PhraseSlot of(List<TranscriptSegments.Segment> phrases, int index, double recordingSeconds) {
        TranscriptSegments.Segment phrase = phrases.get(index);
        double next = index + 1 < phrases.size() ? phrases.get(index + 1).start() : recordingSeconds;
        double room = Math.max(GAP_SECONDS, next - phrase.start() - GAP_SECONDS);
        return new PhraseSlot(phrase.start(), phrase.end() - phrase.start(),
                Math.min(room, recordingSeconds - phrase.start()), Math.max(0, next - phrase.start()));
    }

    /** How much faster than spoken a phrase of {@code spokenSeconds} must go: 1 when it fits as it is. */
    double tempoFor(double spokenSeconds) {
        if (spokenSeconds <= originalSeconds) {
            return 1.0;
        }
        double tempo = Math.min(MAX_TEMPO, spokenSeconds / originalSeconds);
        return spokenSeconds / tempo <= roomSeconds + 1e-9 ? tempo : spokenSeconds / roomSeconds;
    }

    /**
     * How many times longer the picture from this phrase's start to the next's must last for a phrase of
     * {@code spokenSeconds} to fit at {@link #MAX_TEMPO}: 1 when it fits without, at most {@link #MAX_SLOWING}.
     */
    double slowingFor(double spokenSeconds) {
        if (tempoFor(spokenSeconds) <= MAX_TEMPO || stretchSeconds <= 0) {
            return 1.0;
        }
        return Math.min(MAX_SLOWING, (spokenSeconds / MAX_TEMPO + GAP_SECONDS) / stretchSeconds);
    }

    /** This slot with its stretch of picture lasting {@code factor} times as long. */
    PhraseSlot slowed(double factor) {
        if (factor <= 1) {
            return this;
        }
        double stretch = stretchSeconds * factor;
        return new PhraseSlot(start, originalSeconds, Math.max(roomSeconds, stretch - GAP_SECONDS), stretch);
    }
}
