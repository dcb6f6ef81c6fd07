package studio.loqui.media.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.Set;

/**
 * Draws a scene picture for one script line: a sky by time of day, then the landscape the line names
 * (mountains, water, forest, birds), then the line as a caption (the bundled FFmpeg has no drawtext).
 * The line seeds the randomness, so the same line always gives the same picture.
 */
public class ScenePainter {

    /** The picture for {@code line} with the line as its caption. */
    public BufferedImage paint(String line, int width, int height) {
        BufferedImage image = paintScene(line, 0, width, height);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        SceneCaption.draw(g, line, width, height);
        g.dispose();
        return image;
    }

    /**
     * The picture of what {@code subject} names, without a caption (a film draws captions over the moving
     * picture, so they stay still and follow the narration). {@code variant} gives another picture of the
     * same subject.
     */
    public BufferedImage paintScene(String subject, int variant, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Set<SceneElements> elements = SceneElements.of(subject);
        Random random = new Random(subject.hashCode() * 31L + variant);
        sky(g, elements, width, height, random);
        if (elements.contains(SceneElements.MOUNTAINS)) {
            mountains(g, elements.contains(SceneElements.NIGHT), width, height, random);
        }
        if (elements.contains(SceneElements.WATER)) {
            water(g, elements.contains(SceneElements.NIGHT), width, height, random);
        } else {
            ground(g, elements.contains(SceneElements.NIGHT), width, height);
        }
        if (elements.contains(SceneElements.FOREST)) {
            trees(g, width, height, random);
        }
        if (elements.contains(SceneElements.SKY)) {
            birds(g, width, height, random);
        }
        g.dispose();
        return image;
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

    private static void sky(Graphics2D g, Set<SceneElements> elements, int w, int h, Random random) {
        Color top = new Color(70, 140, 220);
        Color horizon = new Color(190, 225, 250);
        if (elements.contains(SceneElements.NIGHT)) {
            top = new Color(8, 12, 40);
            horizon = new Color(40, 50, 100);
        } else if (elements.contains(SceneElements.SUNRISE)) {
            top = new Color(90, 80, 160);
            horizon = new Color(255, 170, 90);
        }
        g.setPaint(new GradientPaint(0, 0, top, 0, h * 0.65f, horizon));
        g.fillRect(0, 0, w, h);
        if (elements.contains(SceneElements.NIGHT)) {
            g.setColor(new Color(255, 255, 230));
            for (int i = 0; i < 80; i++) {
                g.fillRect(random.nextInt(w), random.nextInt(h / 2), 2, 2);
            }
            g.fillOval(w * 3 / 4, h / 10, h / 8, h / 8);
        } else if (elements.contains(SceneElements.SUNRISE)) {
            g.setColor(new Color(255, 210, 120));
            g.fillOval(w / 2 - h / 8, (int) (h * 0.5), h / 4, h / 4);
        }
    }

    private static void mountains(Graphics2D g, boolean night, int w, int h, Random random) {
        g.setColor(night ? new Color(30, 30, 60) : new Color(95, 105, 130));
        Polygon range = new Polygon();
        range.addPoint(0, (int) (h * 0.65));
        for (int x = 0; x <= w; x += w / 6) {
            range.addPoint(x, (int) (h * (0.25 + 0.2 * random.nextDouble())));
            range.addPoint(x + w / 12, (int) (h * 0.6));
        }
        range.addPoint(w, (int) (h * 0.65));
        g.fillPolygon(range);
    }

    private static void water(Graphics2D g, boolean night, int w, int h, Random random) {
        Color deep = night ? new Color(10, 20, 60) : new Color(30, 90, 160);
        g.setPaint(new GradientPaint(0, h * 0.6f, deep.brighter(), 0, h, deep));
        g.fillRect(0, (int) (h * 0.6), w, h);
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(2));
        for (int i = 0; i < 25; i++) {
            int y = (int) (h * 0.62) + random.nextInt((int) (h * 0.25));
            int x = random.nextInt(w);
            g.drawArc(x, y, w / 20, h / 40, 0, 180);
        }
    }

    private static void ground(Graphics2D g, boolean night, int w, int h) {
        g.setColor(night ? new Color(15, 35, 20) : new Color(80, 140, 70));
        g.fillRect(0, (int) (h * 0.62), w, h);
    }

    private static void trees(Graphics2D g, int w, int h, Random random) {
        for (int i = 0; i < 12; i++) {
            int x = random.nextInt(w);
            int base = (int) (h * (0.68 + 0.08 * random.nextDouble()));
            int size = h / 8 + random.nextInt(h / 10);
            g.setColor(new Color(20, 80 + random.nextInt(60), 30));
            g.fillPolygon(new int[] {x - size / 3, x, x + size / 3}, new int[] {base, base - size, base}, 3);
        }
    }

    private static void birds(Graphics2D g, int w, int h, Random random) {
        g.setColor(new Color(30, 30, 40));
        g.setStroke(new BasicStroke(2));
        for (int i = 0; i < 7; i++) {
            int x = random.nextInt(w);
            int y = h / 10 + random.nextInt(h / 4);
            int span = w / 60 + random.nextInt(w / 80 + 1);
            g.drawLine(x - span, y - span / 2, x, y);
            g.drawLine(x, y, x + span, y - span / 2);
        }
    }
}
