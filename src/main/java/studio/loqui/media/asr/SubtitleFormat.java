package studio.loqui.media.asr;

import java.util.List;
import java.util.Locale;

/** Subtitle files written cue by cue from transcript segments, each cue's text on at most two lines. */
public enum SubtitleFormat {
    SRT,
    VTT;

    public String cues(List<TranscriptSegments.Segment> segments) {
        StringBuilder out = new StringBuilder(this == VTT ? "WEBVTT\n\n" : "");
        int number = 1;
        for (TranscriptSegments.Segment segment : segments) {
            if (this == SRT) {
                out.append(number).append('\n');
            }
            out.append(time(segment.start())).append(" --> ").append(time(segment.end())).append('\n')
                    .append(String.join("\n", SubtitleLines.of(segment.text()))).append("\n\n");
            number++;
        }
        return out.toString();
    }

    private String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%s%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, this == SRT ? "," : ".", millis % 1000);
    }
}
