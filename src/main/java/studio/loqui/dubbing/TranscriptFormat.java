package studio.loqui.dubbing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a finished transcript is served in: the job's JSON, or subtitles cue by cue from its segments. */
public enum TranscriptFormat {
    JSON("application/json"),
    VTT("text/vtt"),
    SRT("application/x-subrip");

    private final String mediaType;

    TranscriptFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public static Optional<TranscriptFormat> parse(String name) {
        String wanted = name == null ? "json" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** Subtitles from the {@code segments} of a transcribe job's result. */
    public String subtitles(JsonNode segments) {
        StringBuilder out = new StringBuilder(this == VTT ? "WEBVTT\n\n" : "");
        int number = 1;
        for (JsonNode segment : segments) {
            if (this == SRT) {
                out.append(number).append('\n');
            }
            out.append(time(segment.get("start").asDouble())).append(" --> ")
                    .append(time(segment.get("end").asDouble())).append('\n')
                    .append(String.join("\n", SubtitleLines.of(segment.get("text").asText()))).append("\n\n");
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
