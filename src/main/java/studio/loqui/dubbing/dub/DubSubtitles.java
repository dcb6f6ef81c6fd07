package studio.loqui.dubbing.dub;

import studio.loqui.media.asr.TranscriptSegments;

import java.util.ArrayList;
import java.util.List;

/**
 * Subtitle cues of a dub, from its phrases: the original's words at the original's times as they fall in the dub
 * (later than in the original when the picture was slowed before them: {@code source}), or
 * the translation at the dubbed speech's times ({@code target}). A phrase too long for one two-line cue is
 * shared out over several at word boundaries, each given a part of the phrase's time in proportion to its
 * characters.
 */
final class DubSubtitles {

    private DubSubtitles() {
    }

    static String url(String jobId) {
        return "/api/v1/process/dub/" + jobId + "/subtitles";
    }

    static List<TranscriptSegments.Segment> source(List<DubResult.Phrase> phrases) {
        List<TranscriptSegments.Segment> cues = new ArrayList<>();
        phrases.forEach(p -> split(p.mappedStart(), p.mappedEnd(), p.text(), cues));
        return cues;
    }

    static List<TranscriptSegments.Segment> target(List<DubResult.Phrase> phrases) {
        List<TranscriptSegments.Segment> cues = new ArrayList<>();
        phrases.forEach(p -> split(p.dubbedStart(), p.dubbedEnd(), p.translation(), cues));
        return cues;
    }

    private static void split(double start, double end, String text, List<TranscriptSegments.Segment> out) {
        List<String> parts = parts(text.strip().replaceAll("\\s+", " "));
        int characters = parts.stream().mapToInt(String::length).sum();
        double at = start;
        for (String part : parts) {
            double next = at + (end - start) * part.length() / Math.max(1, characters);
            out.add(new TranscriptSegments.Segment(at, next, part));
            at = next;
        }
    }

    /** The text in runs of whole words of about even length, each near or under {@link TranscriptSegments#MAX_CHARACTERS}. */
    private static List<String> parts(String text) {
        int count = Math.max(1, (int) Math.ceil(text.length() / (double) TranscriptSegments.MAX_CHARACTERS));
        int target = text.length() / count + 1;
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > target) {
                parts.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }
}
