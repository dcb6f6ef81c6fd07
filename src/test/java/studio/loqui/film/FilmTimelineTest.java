package studio.loqui.film;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilmTimelineTest {

    static final List<String> LINES = List.of("A sunrise over mountains", "Birds in the sky", "A lake");

    @Test
    void shouldKeepTheRequestedLengthWhenTheNarrationFits() {
        FilmTimeline plan = FilmTimeline.plan(LINES, new double[] {1.5, 1.2, 0.8}, 10, 6);
        assertEquals(10, plan.seconds(), 1e-9);
        assertEquals(0, plan.scenes().get(0).start(), 1e-9);
        assertEquals(10, plan.scenes().get(2).end(), 1e-9);
        for (FilmTimeline.Scene scene : plan.scenes()) {
            assertTrue(scene.end() - scene.voiceStart() >= 0.8, "each line has room to be spoken");
        }
        assertEquals(6, plan.shots().size());
        assertEquals(2, plan.shots().stream().filter(s -> s.subject().contains("A lake")).count());
    }

    @Test
    void shouldLengthenTheFilmRatherThanCutTheNarration() {
        FilmTimeline plan = FilmTimeline.plan(LINES, new double[] {4, 4, 4}, 5, 2);
        assertEquals(12 + 3 * (FilmTimeline.LEAD + FilmTimeline.PAUSE), plan.seconds(), 1e-9);
        FilmTimeline.Scene last = plan.scenes().get(2);
        assertTrue(last.end() - last.voiceStart() >= 4);
    }

    @Test
    void shouldPaintEveryLineAShotOverlapsWhenThereAreFewerPicturesThanLines() {
        FilmTimeline plan = FilmTimeline.plan(LINES, new double[3], 9, 1);
        assertEquals(1, plan.shots().size());
        assertEquals(String.join(" ", LINES), plan.shots().get(0).subject());
        assertEquals("Birds in the sky", plan.sceneAt(4.5).line());
    }
}
