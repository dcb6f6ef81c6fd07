package studio.loqui.dubbing;

import studio.loqui.media.asr.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups words into caption-sized segments: a new segment begins after a pause of {@link #PAUSE_SECONDS} or
 * once a segment holds {@link #MAX_WORDS} words, so subtitles made from them stay readable.
 */
final class TranscriptSegments {

    static final double PAUSE_SECONDS = 0.6;
    static final int MAX_WORDS = 14;

    record Segment(double start, double end, String text) {
    }

    private TranscriptSegments() {
    }

    static List<Segment> of(List<Transcript.Word> words) {
        List<Segment> segments = new ArrayList<>();
        List<Transcript.Word> current = new ArrayList<>();
        for (Transcript.Word word : words) {
            if (!current.isEmpty() && startsNewSegment(current, word)) {
                segments.add(segment(current));
                current = new ArrayList<>();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            segments.add(segment(current));
        }
        return segments;
    }

    private static boolean startsNewSegment(List<Transcript.Word> current, Transcript.Word next) {
        Transcript.Word last = current.get(current.size() - 1);
        return current.size() >= MAX_WORDS || next.startSeconds() - last.endSeconds() >= PAUSE_SECONDS;
    }

    private static Segment segment(List<Transcript.Word> words) {
        return new Segment(words.get(0).startSeconds(), words.get(words.size() - 1).endSeconds(),
                String.join(" ", words.stream().map(Transcript.Word::word).toList()));
    }
}
