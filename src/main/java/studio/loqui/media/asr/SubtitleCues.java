package studio.loqui.media.asr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cues of an SRT or WebVTT file (a transcript a user wrote or corrected) as timed segments: each
 * cue's times and its text on one line, markup such as {@code <i>} and VTT voice tags removed. Cue numbers,
 * the {@code WEBVTT} header, notes and styles are skipped.
 */
public final class SubtitleCues {

    private static final Pattern TIMING = Pattern.compile(
            "((?:\\d+:)?\\d{1,2}:\\d{2}[,.]\\d{1,3})\\s*-->\\s*((?:\\d+:)?\\d{1,2}:\\d{2}[,.]\\d{1,3})");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private SubtitleCues() {
    }

    /** The cues in file order; empty when the text holds none. Throws for a cue that ends before it starts. */
    public static List<TranscriptSegments.Segment> parse(String subtitles) {
        List<TranscriptSegments.Segment> cues = new ArrayList<>();
        String[] lines = subtitles.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.find()) {
                continue;
            }
            double start = seconds(timing.group(1));
            double end = seconds(timing.group(2));
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.length && !lines[i].isBlank(); i++) {
                text.append(text.length() > 0 ? " " : "").append(TAG.matcher(lines[i]).replaceAll("").strip());
            }
            if (end <= start) {
                throw new IllegalArgumentException("the cue at " + timing.group(1) + " ends before it starts");
            }
            String cue = text.toString().replaceAll("\\s+", " ").strip();
            if (!cue.isEmpty()) {
                cues.add(new TranscriptSegments.Segment(start, end, cue));
            }
        }
        return cues;
    }

    /** The cues as one transcript text, for comparing it with what a recogniser heard. */
    public static Optional<String> text(List<TranscriptSegments.Segment> cues) {
        String joined = String.join(" ", cues.stream().map(TranscriptSegments.Segment::text).toList()).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static double seconds(String time) {
        String[] parts = time.replace(',', '.').split(":");
        double total = 0;
        for (String part : parts) {
            total = total * 60 + Double.parseDouble(part);
        }
        return total;
    }
}
