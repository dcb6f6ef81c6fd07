package studio.loqui.dubbing.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TranscriptFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldWriteNumberedSrtCuesWithCommaMilliseconds() {
        String srt = TranscriptFormat.SRT.subtitles(segments(
                "[{\"start\":0.0,\"end\":1.2,\"text\":\"hello world\"},"
                        + "{\"start\":2.05,\"end\":3.5,\"text\":\"second line\"}]"));
        assertEquals("1\n00:00:00,000 --> 00:00:01,200\nhello world\n\n"
                + "2\n00:00:02,050 --> 00:00:03,500\nsecond line\n\n", srt);
    }

    @Test
    void shouldWriteVttHeaderAndUnnumberedCuesWithDotMilliseconds() {
        String vtt = TranscriptFormat.VTT.subtitles(segments(
                "[{\"start\":0.0,\"end\":1.2,\"text\":\"hello world\"}]"));
        assertEquals("WEBVTT\n\n00:00:00.000 --> 00:00:01.200\nhello world\n\n", vtt);
    }

    @Test
    void shouldCountHoursMinutesAndSecondsPastAnHour() {
        String srt = TranscriptFormat.SRT.subtitles(segments(
                "[{\"start\":3661.5,\"end\":45296.789,\"text\":\"late\"}]"));
        assertEquals("1\n01:01:01,500 --> 12:34:56,789\nlate\n\n", srt);
    }

    @Test
    void shouldRoundToTheNearestMillisecondCarryingIntoMinutes() {
        String vtt = TranscriptFormat.VTT.subtitles(segments(
                "[{\"start\":59.9996,\"end\":61.0004,\"text\":\"carry\"}]"));
        assertEquals("WEBVTT\n\n00:01:00.000 --> 00:01:01.000\ncarry\n\n", vtt);
    }

    @Test
    void shouldWriteOnlyTheHeaderForNoSegments() {
        assertEquals("WEBVTT\n\n", TranscriptFormat.VTT.subtitles(segments("[]")));
        assertEquals("", TranscriptFormat.SRT.subtitles(segments("[]")));
    }

    @Test
    void shouldParseFormatNamesIgnoringCaseAndSpaceAndDefaultToJson() {
        assertEquals(Optional.of(TranscriptFormat.SRT), TranscriptFormat.parse(" SRT "));
        assertEquals(Optional.of(TranscriptFormat.VTT), TranscriptFormat.parse("vtt"));
        assertEquals(Optional.of(TranscriptFormat.JSON), TranscriptFormat.parse(null));
        assertEquals(Optional.empty(), TranscriptFormat.parse("docx"));
    }

    private static JsonNode segments(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
