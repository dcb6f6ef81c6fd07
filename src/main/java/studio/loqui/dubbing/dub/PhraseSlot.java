package studio.loqui.dubbing.dub;

import studio.loqui.media.asr.TranscriptSegments;

import java.util.List;

/**
 * Where a dubbed phrase may go: it starts where the original phrase started and should last as long; a
 * translation that runs longer is sped up to at most {@link #MAX_TEMPO}, then may run on into the pause that
 * follows, up to {@link #GAP_SECONDS} before the next phrase starts (or the recording ends). Only a phrase that
 * fits neither way is sped up further, as little as keeps it from overlapping the next.
 *
 * @param roomSeconds from the phrase's start to the gap before the next
 */
record PhraseSlot(double start, double originalSeconds, double roomSeconds) {

    static final double MAX_TEMPO = 1.25;
    static final double GAP_SECONDS = 0.08;

    static PhraseSlot of(List<TranscriptSegments.Segment> phrases, int index, double recordingSeconds) {
        TranscriptSegments.Segment phrase = phrases.get(index);
        double next = index + 1 < phrases.size() ? phrases.get(index + 1).start() : recordingSeconds;
        double room = Math.max(phrase.end() - phrase.start(), next - phrase.start() - GAP_SECONDS);
        return new PhraseSlot(phrase.start(), phrase.end() - phrase.start(),
                Math.min(room, recordingSeconds - phrase.start()));
    }

    /** How much faster than spoken a phrase of {@code spokenSeconds} must go: 1 when it fits as it is. */
    double tempoFor(double spokenSeconds) {
        if (spokenSeconds <= originalSeconds) {
            return 1.0;
        }
        double tempo = Math.min(MAX_TEMPO, spokenSeconds / originalSeconds);
        return spokenSeconds / tempo <= roomSeconds ? tempo : spokenSeconds / roomSeconds;
    }
}
