package studio.loqui.dubbing;

import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.Transcript;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranscriptSegmentsTest {

    @Test
    void shouldMakeNoSegmentOfNoWords() {
        assertEquals(List.of(), TranscriptSegments.of(List.of()));
    }

    @Test
    void shouldMakeOneSegmentOfOneWordWithItsTimes() {
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(List.of(word("hello", 0.25, 0.75)));
        assertEquals(List.of(new TranscriptSegments.Segment(0.25, 0.75, "hello")), segments);
    }

    @Test
    void shouldJoinWordsOfOnePhraseWithSingleSpacesFromFirstStartToLastEnd() {
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(List.of(
                word("the", 1.0, 1.2), word("quick", 1.3, 1.6), word("fox", 1.9, 2.3)));
        assertEquals(List.of(new TranscriptSegments.Segment(1.0, 2.3, "the quick fox")), segments);
    }

    @Test
    void shouldStartNewSegmentAfterPauseOfSixTenths() {
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(List.of(
                word("one", 0.0, 0.5), word("two", 1.15, 1.5), word("three", 1.6, 2.0)));
        assertEquals(List.of(new TranscriptSegments.Segment(0.0, 0.5, "one"),
                new TranscriptSegments.Segment(1.15, 2.0, "two three")), segments);
    }

    @Test
    void shouldKeepWordsTogetherAcrossPauseJustUnderSixTenths() {
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(List.of(
                word("one", 0.0, 0.5), word("two", 1.09, 1.5)));
        assertEquals(1, segments.size());
        assertEquals("one two", segments.get(0).text());
    }

    @Test
    void shouldSplitLongGapsIntoOneSegmentPerPhrase() {
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(List.of(
                word("before", 2.0, 2.5), word("after", 62.0, 62.4), word("much", 3600.0, 3600.3),
                word("later", 3600.4, 3600.9)));
        assertEquals(List.of(new TranscriptSegments.Segment(2.0, 2.5, "before"),
                new TranscriptSegments.Segment(62.0, 62.4, "after"),
                new TranscriptSegments.Segment(3600.0, 3600.9, "much later")), segments);
    }

    @Test
    void shouldCloseSegmentAtFourteenWordsOfUnbrokenSpeech() {
        List<Transcript.Word> words = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            words.add(word("w" + i, i * 0.3, i * 0.3 + 0.25));
        }
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(words);

        assertEquals(List.of(14, 14, 2), segments.stream().map(s -> s.text().split(" ").length).toList());
        assertTrue(segments.get(1).text().startsWith("w14 "), segments.get(1).text());
        assertEquals(14 * 0.3, segments.get(1).start(), 1e-9);
        assertEquals(27 * 0.3 + 0.25, segments.get(1).end(), 1e-9);
    }

    @Test
    void shouldKeepEveryWordInOrderAcrossSegments() {
        List<Transcript.Word> words = new ArrayList<>();
        StringBuilder spoken = new StringBuilder();
        double start = 0;
        for (int i = 0; i < 40; i++) {
            start += i % 9 == 0 ? 1.5 : 0.4; // a pause before every ninth word
            words.add(word("w" + i, start, start + 0.3));
            spoken.append(i == 0 ? "" : " ").append("w").append(i);
        }
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(words);

        assertEquals(5, segments.size());
        assertEquals(spoken.toString(), String.join(" ", segments.stream().map(TranscriptSegments.Segment::text).toList()));
    }

    private static Transcript.Word word(String text, double start, double end) {
        return new Transcript.Word(text, start, end, 0.9);
    }
}
