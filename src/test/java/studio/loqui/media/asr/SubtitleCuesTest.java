package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubtitleCuesTest {

    @Test
    void shouldReadSrtCues() {
        String srt = "1\r\n00:00:01,230 --> 00:00:07,890\r\nand mister john dashwood\r\nhad then leisure\r\n\r\n"
                + "2\r\n00:00:09,570 --> 00:00:14,400\r\n<i>unless</i> to be rather cold hearted\r\n";
        assertEquals(List.of(new TranscriptSegments.Segment(1.23, 7.89, "and mister john dashwood had then leisure"),
                new TranscriptSegments.Segment(9.57, 14.4, "unless to be rather cold hearted")), SubtitleCues.parse(srt));
    }

    @Test
    void shouldReadVttCuesWithShortTimesAndSkipTheHeader() {
        String vtt = "WEBVTT\n\nNOTE made by hand\n\nintro\n00:01.500 --> 00:03.000 align:start\n<v Ann>Hello there\n";
        assertEquals(List.of(new TranscriptSegments.Segment(1.5, 3.0, "Hello there")), SubtitleCues.parse(vtt));
        assertEquals(List.of(), SubtitleCues.parse("no cues at all"));
    }

    @Test
    void shouldRefuseACueThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> SubtitleCues.parse("00:00:05,000 --> 00:00:04,000\nx\n"));
    }
}
