package studio.loqui.media.picture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Things move as they should: the sun rises, birds fly, water shimmers, the distance moves less (parallax). */
@Tag("film")
class SceneMotionTest {

    private static final int W = 640;
    private static final int H = 360;
    private final ScenePainter painter = new ScenePainter();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void shouldRaiseTheSunThroughASunrise() {
        double[] early = centroidOf("A beautiful sunrise over the mountains", "sun", 0.1);
        double[] late = centroidOf("A beautiful sunrise over the mountains", "sun", 0.9);
        assertTrue(early[1] - late[1] > 0.1 * H, "the sun rises from y " + early[1] + " to " + late[1]);
    }

    @Test
    void shouldFlyTheBirdsAcrossTheSky() {
        double[] early = centroidOf("Birds fly across the morning sky", "bird", 0.2);
        double[] late = centroidOf("Birds fly across the morning sky", "bird", 0.8);
        assertTrue(Math.abs(late[0] - early[0]) > 0.15 * W, "the bird flies from x " + early[0] + " to " + late[0]);
    }

    @Test
    void shouldShimmerTheWaterAndKeepTheSkyStill() {
        ScenePlan lake = new ScenePlan(new Backdrop(Backdrop.TimeOfDay.DAY, Backdrop.Weather.CLEAR, Backdrop.Terrain.LAKE),
                List.of());
        SceneLayers layers = painter.layers(lake, 0, W, H);
        BufferedImage a = frame(layers, 0.3);
        BufferedImage b = frame(layers, 0.6);
        int horizon = (int) (ScenePlacement.horizon(lake.backdrop()) * H);
        double water = changed(a, b, horizon + 2, H);
        double sky = changed(a, b, 0, horizon - 2);
        assertTrue(water > 0.005, "water pixels that change: " + water);
        assertTrue(sky == 0, "sky pixels that change: " + sky);
    }

    @Test
    void shouldMoveTheDistanceLessThanTheForegroundInAPan() {
        Storyboard board = new Storyboard(8, List.of(
                new Storyboard.Shot("A lonely tree", 0, 2), new Storyboard.Shot("A lonely tree", 2, 4),
                new Storyboard.Shot("A tall tree and flowers below the mountains", 4, 8)),
                List.of(new Storyboard.Caption(" ", 0, 8)));
        StoryboardFrames frames = new StoryboardFrames(new StoryboardArtwork(painter, board, W, H, i -> { }), 10);
        BufferedImage a = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        frames.draw(a, 50);
        frames.draw(b, 65);
        int far = bestShift(a, b, (int) (H * 0.3), (int) (H * 0.5));
        int near = bestShift(a, b, (int) (H * 0.65), (int) (H * 0.8));
        assertTrue(Math.abs(near) > 8, "the foreground pans " + near + " px");
        assertTrue(Math.abs(far) < Math.abs(near) * 0.7, "the distance pans " + far + " px, the foreground " + near);
    }

    /** Where {@code name} is at {@code progress}: the centre of the pixels it changes against the bare backdrop. */
    private double[] centroidOf(String line, String name, double progress) {
        ScenePlan plan = painter.planner().next(line);
        ScenePlan.Placement placement = plan.placements().stream().filter(p -> p.illustration().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(line + " shows " + plan.names()));
        BufferedImage bare = frame(painter.layers(new ScenePlan(plan.backdrop(), List.of()), 0, W, H), progress);
        BufferedImage alone = frame(painter.layers(new ScenePlan(plan.backdrop(), List.of(placement)), 0, W, H), progress);
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (distance(bare.getRGB(x, y), alone.getRGB(x, y)) > 40) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        assertTrue(n > 50, name + " is visible at " + progress + ": " + n + " pixels");
        return new double[] {sx / n, sy / n};
    }

    private static BufferedImage frame(SceneLayers layers, double progress) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        layers.draw(g, progress, new AffineTransform(), new AffineTransform());
        g.dispose();
        return image;
    }

    private static double changed(BufferedImage a, BufferedImage b, int fromRow, int toRow) {
        long n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < W; x++) {
                n += distance(a.getRGB(x, y), b.getRGB(x, y)) > 20 ? 1 : 0;
            }
        }
        return n / (double) ((toRow - fromRow) * W);
    }

    /** The horizontal shift of rows {@code fromRow} to {@code toRow} from {@code a} to {@code b}, by least difference. */
    private static int bestShift(BufferedImage a, BufferedImage b, int fromRow, int toRow) {
        int best = 0;
        double bestError = Double.MAX_VALUE;
        for (int shift = -60; shift <= 60; shift++) {
            double error = 0;
            for (int y = fromRow; y < toRow; y++) {
                for (int x = 80; x < W - 80; x++) {
                    error += distance(a.getRGB(x, y), b.getRGB(x + shift, y));
                }
            }
            if (error < bestError) {
                bestError = error;
                best = shift;
            }
        }
        return best;
    }

    private static int distance(int p, int q) {
        return Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                + Math.abs((p & 255) - (q & 255));
    }
}
