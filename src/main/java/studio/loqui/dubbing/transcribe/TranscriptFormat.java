package studio.loqui.dubbing.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.media.asr.SubtitleFormat;
import studio.loqui.media.asr.TranscriptSegments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        List<TranscriptSegments.Segment> cues = new ArrayList<>();
        for (JsonNode segment : segments) {
            cues.add(new TranscriptSegments.Segment(segment.get("start").asDouble(), segment.get("end").asDouble(),
                    segment.get("text").asText()));
        }
        return (this == SRT ? SubtitleFormat.SRT : SubtitleFormat.VTT).cues(cues);
    }
}
