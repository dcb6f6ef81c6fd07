package studio.loqui.media.picture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixed-point layer copy (which skips the far layer where the ground hides it, and the near layer's empty
 * sky) paints what Java2D's bilinear drawing of the same layers under the same camera paints.
 */
@Tag("film")
class RasterBlitTest {

    private static final int W = 640;
    private static final int H = 360;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void shouldPaintTheLayersAsJava2DDoesUnderEveryCameraMove() {
        ScenePainter painter = new ScenePainter();
        String[] lines = {"A small boat sails on the water", "The moon rises over the quiet forest",
            "Mia drinks hot coffee in the kitchen", "Rain falls on the busy city street"};
        for (int shot = 0; shot < lines.length; shot++) {
            SceneLayers layers = painter.layers(painter.planner().next(lines[shot]), shot,
                    (int) Math.ceil(W * KenBurns.OVERSCAN), (int) Math.ceil(H * KenBurns.OVERSCAN));
            for (double progress : new double[] {0.1, 0.55, 0.9}) {
                AffineTransform camera = KenBurns.at(shot, progress, W, H);
                AffineTransform far = KenBurns.at(shot, progress * 0.4, W, H);
                BufferedImage fast = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = fast.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                layers.draw(fast, g, progress, camera, far);
                g.dispose();
                BufferedImage java2d = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
                g = java2d.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                layers.draw(g, progress, camera, far);
                g.dispose();
                double off = fractionOff(fast, java2d, 12);
                assertTrue(off < 0.003, lines[shot] + " at " + progress + ": " + off + " of the pixels differ");
            }
        }
    }

    /** The fraction of pixels (away from the frame's edge) where a channel differs by more than {@code tolerance}. */
    private static double fractionOff(BufferedImage a, BufferedImage b, int tolerance) {
        long off = 0;
        long n = 0;
        for (int y = 1; y < H - 1; y++) {
            for (int x = 1; x < W - 1; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    worst = Math.max(worst, Math.abs((p >> shift & 255) - (q >> shift & 255)));
                }
                off += worst > tolerance ? 1 : 0;
                n++;
            }
        }
        return off / (double) n;
    }
}
