package studio.loqui.media.picture;

import studio.loqui.media.meaning.MiniLmEmbedder;
import studio.loqui.media.meaning.TextEmbedder;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Paints scenes from script lines: a layered backdrop (sky by time of day and weather, then the terrain)
 * with the library's drawings the line names, placed by their role ({@link ScenePlanner}). The line seeds
 * the randomness, so the same lines always give the same pictures.
 */
public class ScenePainter {

    private final IllustrationLibrary library;
    private final TextEmbedder meaning;

    /** Drawings from the bundled library, chosen by word and by meaning (MiniLM). */
    public ScenePainter() {
        this(IllustrationLibrary.shared(), MiniLmEmbedder.shared());
    }

    /** @param meaning null to choose drawings by their words alone */
    public ScenePainter(IllustrationLibrary library, TextEmbedder meaning) {
        this.library = library;
        this.meaning = meaning;
    }

    /** A planner for one film: its scenes share a cast, so it is asked for the lines in order. */
    public ScenePlanner planner() {
        return new ScenePlanner(library, meaning);
    }

    /** The picture for {@code line} with the line as its caption. */
    public BufferedImage paint(String line, int width, int height) {
        BufferedImage image = paintScene(line, 0, width, height);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        SceneCaption.draw(g, line, width, height);
        g.dispose();
        return image;
    }

    /** The still picture of what {@code subject} names, without a caption, as its shot shows it half-way. */
    public BufferedImage paintScene(String subject, int variant, int width, int height) {
        return still(layers(planner().next(subject), variant, width, height), width, height);
    }

    /** A scene's picture half-way through its shot, without a camera move. */
    public static BufferedImage still(SceneLayers layers, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        layers.draw(g, 0.5, new AffineTransform(), new AffineTransform());
        g.dispose();
        return image;
    }

    /** {@code plan} painted as layers {@code width} by {@code height}; {@code variant} varies the backdrop. */
    public SceneLayers layers(ScenePlan plan, int variant, int width, int height) {
        Backdrop backdrop = plan.backdrop();
        Random random = new Random(((backdrop.time().ordinal() * 7L + backdrop.weather().ordinal()) * 17
                + backdrop.terrain().ordinal()) * 31 + variant);
        BufferedImage far = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = far.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        BackdropPainter.far(g, plan.backdrop(), width, height, random);
        g.dispose();
        BufferedImage near = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        g = near.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        BackdropPainter.near(g, plan.backdrop(), width, height);
        List<ScenePlan.Placement> moving = new ArrayList<>();
        for (ScenePlan.Placement placement : plan.placements()) {
            if (SceneLayers.moves(placement)) {
                moving.add(placement);
            } else {
                BufferedImage picture = SvgDrawings.shared().picture(placement.illustration(),
                        (int) Math.round(placement.size() * height), placement.mirrored());
                g.drawImage(picture, (int) Math.round(placement.x() * width - picture.getWidth() / 2.0),
                        (int) Math.round(placement.baseline() * height - picture.getHeight()), null);
            }
        }
        g.dispose();
        return new SceneLayers(plan, far, near, moving, width, height);
    }

    /** The caption of {@code line} alone, on a transparent picture to lay over a frame. */
    public BufferedImage caption(String line, int width, int height) {
        BufferedImage overlay = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = overlay.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        SceneCaption.draw(g, line, width, height);
        g.dispose();
        return overlay;
    }
}
