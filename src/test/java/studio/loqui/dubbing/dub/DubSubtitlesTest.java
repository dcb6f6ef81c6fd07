package studio.loqui.dubbing.dub;

import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.TranscriptSegments;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DubSubtitlesTest {

    private static final String LONG = "a no ser que para ser bastante frio y bastante egoista es para ser mal dispuesto"
            + " y mister john dashwood tuvo entonces ocio para considerar cuanto podria haber";

    @Test
    void shouldShareALongPhraseOutOverCuesInItsDubbedTime() {
        List<TranscriptSegments.Segment> cues = DubSubtitles.target(List.of(
                new DubResult.Phrase(1, 9, "S1", "source", LONG, 1.2, 8.6, 0.2, 1.0, 1, 9, 0, null)));
        assertEquals(2, cues.size(), cues.toString());
        assertEquals(1.2, cues.get(0).start(), 1e-9);
        assertEquals(cues.get(0).end(), cues.get(1).start(), 1e-9);
        assertEquals(8.6, cues.get(1).end(), 1e-9);
        assertEquals(LONG, cues.get(0).text() + " " + cues.get(1).text());
        cues.forEach(c -> assertTrue(c.text().length() <= TranscriptSegments.MAX_CHARACTERS, c.text()));
    }

    @Test
    void shouldKeepTheOriginalTimesForTheSource() {
        List<TranscriptSegments.Segment> cues = DubSubtitles.source(List.of(
                new DubResult.Phrase(1, 3, "S1", "and mister john", "y", 1.05, 2.5, 0.05, 1.0, 1, 3, 0, null)));
        assertEquals(List.of(new TranscriptSegments.Segment(1, 3, "and mister john")), cues);
    }
}
