package studio.loqui.media.picture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.meaning.MiniLmEmbedder;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18's acceptance: each scene shows its line's main nouns, scenes differ, the frame shows the drawings. */
@Tag("film")
class ScenePlannerTest {

    private static final int W = 640;
    private static final int H = 360;

    /** A line and the drawings it must show (names in illustrations/catalogue.tsv). */
    private record Line(String text, List<String> shows) {
    }

    private static final List<Line> SCRIPT = List.of(
            new Line("A beautiful sunrise over the mountains", List.of("sun")),
            new Line("Birds fly across the morning sky", List.of("bird")),
            new Line("A fox runs through the forest", List.of("fox")),
            new Line("The ship sails across the ocean", List.of("ship")),
            new Line("Mia, a young girl, reads a book in her room", List.of("girl", "book")),
            new Line("Her dog sleeps by the fire", List.of("girl", "dog", "fire")),
            new Line("Rain falls on the busy city street", List.of("rain")),
            new Line("A camel walks slowly across the desert", List.of("camel")),
            new Line("The moon rises over a quiet lake", List.of("moon")),
            new Line("Children play football in the park", List.of("child", "football")),
            new Line("A rocket launches into space", List.of("rocket")),
            new Line("An old man drinks coffee in the kitchen", List.of("man", "coffee")),
            new Line("Butterflies dance among the flowers", List.of("butterfly", "flower")),
            new Line("A whale swims in the deep sea", List.of("whale")),
            new Line("The farmer drives a tractor across the field", List.of("farmer", "tractor")),
            new Line("Snow covers the little house in winter", List.of("snow-cloud", "house")),
            new Line("An aircraft lands at dusk", List.of("airplane")),
            new Line("The cat watches the stars at night", List.of("cat", "star")),
            new Line("A train crosses the bridge", List.of("train", "bridge")),
            new Line("At sunset a horse gallops along the beach", List.of("horse", "sun")));

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void shouldShowEachLinesMainNounsInScenesThatDiffer() {
        ScenePainter painter = new ScenePainter();
        ScenePlanner planner = painter.planner();
        List<ScenePlan> plans = new ArrayList<>();
        for (Line line : SCRIPT) {
            ScenePlan plan = planner.next(line.text());
            plans.add(plan);
            for (String noun : line.shows()) {
                assertTrue(plan.names().contains(noun), "\"" + line.text() + "\" shows " + plan.names() + ", not " + noun);
            }
        }
        BufferedImage previous = null;
        for (int i = 0; i < plans.size(); i++) {
            BufferedImage still = ScenePainter.still(painter.layers(plans.get(i), i, W, H), W, H);
            if (previous != null) {
                assertNotEquals(plans.get(i - 1).names(), plans.get(i).names());
                double changed = changedFraction(previous, still, 0, 0, W, H);
                assertTrue(changed > 0.05, "scene " + i + " differs from the one before in " + changed + " of its pixels");
            }
            previous = still;
        }
    }

    @Test
    void shouldPaintEachChosenDrawingVisiblyIntoTheFrame() {
        ScenePainter painter = new ScenePainter();
        ScenePlanner planner = painter.planner();
        for (Line line : SCRIPT) {
            ScenePlan plan = planner.next(line.text());
            BufferedImage bare = ScenePainter.still(painter.layers(new ScenePlan(plan.backdrop(), List.of()), 0, W, H), W, H);
            for (ScenePlan.Placement placement : plan.placements()) {
                BufferedImage alone = ScenePainter.still(
                        painter.layers(new ScenePlan(plan.backdrop(), List.of(placement)), 0, W, H), W, H);
                double side = placement.size() * H;
                double changed = changedFraction(bare, alone, 0, 0, W, H) * W * H / (side * side);
                assertTrue(changed > 0.25, line.text() + ": " + placement.illustration().name() + " changes "
                        + changed + " of its square");
            }
        }
    }

    @Test
    void shouldKeepACastMembersLookInEveryScene() {
        ScenePlanner planner = new ScenePainter().planner();
        ScenePlan first = planner.next("Mia, a young girl, walks to the river");
        planner.next("The river shines in the sun");
        ScenePlan later = planner.next("Mia waves at a passing boat");
        ScenePlan.Placement before = girl(first);
        ScenePlan.Placement after = girl(later);
        assertEquals(before.size(), after.size());
        assertEquals(before.mirrored(), after.mirrored());
    }

    @Test
    void shouldNotTakeAVerbForAPerson() {
        ScenePlan plan = new ScenePainter().planner().next("A fox runs and swims across the river");
        assertEquals(List.of("fox"), plan.names().stream().filter(n -> !n.equals("canoe")).toList());
    }

    @Test
    void shouldChooseByMeaningWordsTheLibraryDoesNotList() {
        ScenePlanner planner = new ScenePlanner(IllustrationLibrary.shared(), MiniLmEmbedder.shared());
        ScenePlan plan = planner.next("A sparrow lands softly");
        assertTrue(plan.names().stream().anyMatch(List.of("bird", "dove", "eagle", "parrot")::contains),
                "a sparrow shows " + plan.names());
    }

    private static ScenePlan.Placement girl(ScenePlan plan) {
        return plan.placements().stream().filter(p -> p.illustration().name().equals("girl")).findFirst()
                .orElseThrow(() -> new AssertionError("no girl in " + plan.names()));
    }

    private static double changedFraction(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
        long changed = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
                changed += d > 30 ? 1 : 0;
            }
        }
        return changed / (double) (w * h);
    }
}
