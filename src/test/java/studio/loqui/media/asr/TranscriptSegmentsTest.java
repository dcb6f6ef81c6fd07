package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranscriptSegmentsTest {

    /** Words of 0.3 s each; a gap of {@code gaps[i]} seconds follows word i. */
    private static List<Transcript.Word> words(String text, double... gaps) {
        String[] tokens = text.split(" ");
        List<Transcript.Word> words = new ArrayList<>();
        double t = 1.0;
        for (int i = 0; i < tokens.length; i++) {
            words.add(new Transcript.Word(tokens[i], t, t + 0.3, 0.9));
            t += 0.3 + (i < gaps.length ? gaps[i] : 0.05);
        }
        return words;
    }

    @Test
    void shouldEndAPhraseAtAPause() {
        var segments = TranscriptSegments.of(words("good morning everyone welcome back", 0.05, 0.8, 0.05, 0.05));
        assertEquals(List.of("good morning", "everyone welcome back"), segments.stream().map(TranscriptSegments.Segment::text).toList());
        assertEquals(1.0, segments.get(0).start(), 1e-9);
        assertEquals(1.65, segments.get(0).end(), 1e-9);
    }

    @Test
    void shouldCutALongRunAtItsWidestGapNotAtAWordCount() {
        String text = "the old house stood at the end of the lane and nobody had lived there since the war ended long ago";
        double[] gaps = new double[21];
        java.util.Arrays.fill(gaps, 0.04);
        gaps[9] = 0.3;   // after "lane": a clause boundary, shorter than a pause
        var segments = TranscriptSegments.of(words(text, gaps));
        assertEquals("the old house stood at the end of the lane", segments.get(0).text());
        assertTrue(segments.size() >= 2);
        for (var s : segments) {
            assertTrue(s.text().length() <= TranscriptSegments.MAX_CHARACTERS, s.text());
            assertTrue(s.end() - s.start() <= TranscriptSegments.MAX_SECONDS, s.toString());
        }
        assertEquals(text, String.join(" ", segments.stream().map(TranscriptSegments.Segment::text).toList()));
    }

    @Test
    void shouldKeepOneWordAndNoWords() {
        assertEquals(List.of(), TranscriptSegments.of(List.of()));
        var one = TranscriptSegments.of(words("hello"));
        assertEquals(1, one.size());
        assertEquals("hello", one.get(0).text());
    }

    @Test
    void shouldBreakCueTextIntoAtMostTwoLinesOfFortyTwo() {
        String text = "the old house stood at the end of the lane and nobody had lived there since";
        List<String> lines = SubtitleLines.of(text);
        assertEquals(2, lines.size());
        lines.forEach(l -> assertTrue(l.length() <= SubtitleLines.MAX_LINE, l));
        assertEquals(text, String.join(" ", lines));
        assertEquals(List.of("short line"), SubtitleLines.of("short line"));
    }

    @Test
    void shouldWriteSrtAndVttCuesWithWrappedLines() {
        var cues = List.of(new TranscriptSegments.Segment(1.5, 4.25,
                "the old house stood at the end of the lane and nobody had lived there"));
        String srt = SubtitleFormat.SRT.cues(cues);
        assertEquals("1\n00:00:01,500 --> 00:00:04,250\nthe old house stood at the end of\nthe lane and nobody had lived there\n\n", srt);
        assertTrue(SubtitleFormat.VTT.cues(cues).startsWith("WEBVTT\n\n00:00:01.500 --> 00:00:04.250\n"));
    }
}
