package studio.loqui.media.picture;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

/**
 * One scene painted as layers, each once: the far layer (sky and distance), the near layer (ground and the
 * drawings that stand still) and the drawings that move, copied in each frame where their motion puts them.
 * Frames draw the far layer under a smaller camera move than the near one, so the distance moves less: parallax.
 */
public final class SceneLayers {

    private static final Set<String> RISING_OR_SETTING = Set.of("sun", "sun-face", "moon", "moon-full");

    private final ScenePlan plan;
    private final BufferedImage far;
    /** The near layer from its highest painted row down ({@code nearTop}): the sky above it is not copied. */
    private final BufferedImage near;
    private final int nearTop;
    private final List<Mover> movers;
    private final RasterBlit.Layer farPixels;
    private final RasterBlit.Layer nearPixels;
    private final int width;
    private final int height;

    private record Mover(ScenePlan.Placement placement, BufferedImage picture) {
    }

    SceneLayers(ScenePlan plan, BufferedImage far, BufferedImage near, List<ScenePlan.Placement> moving, int width,
                int height) {
        this.plan = plan;
        this.far = far;
        this.nearTop = firstPaintedRow(near);
        this.near = near.getSubimage(0, nearTop, near.getWidth(), near.getHeight() - nearTop);
        this.width = width;
        this.height = height;
        this.farPixels = RasterBlit.Layer.of(far, 0, false);
        this.nearPixels = RasterBlit.Layer.of(near, nearTop, true);
        this.movers = moving.stream().map(p -> new Mover(p, SvgDrawings.shared().picture(p.illustration(),
                (int) Math.round(p.size() * height), p.mirrored()))).toList();
    }

    public ScenePlan plan() {
        return plan;
    }

    static boolean moves(ScenePlan.Placement placement) {
        return switch (placement.illustration().role()) {
            case SKY, FLYER, SWIMMER -> true;
            default -> false;
        };
    }

    /**
     * Draws the scene at {@code progress} (0 to 1) through its shot: {@code camera} maps the picture to the frame
     * for the near layer and the moving drawings, {@code farCamera} for the far layer.
     */
    public void draw(Graphics2D g, double progress, AffineTransform camera, AffineTransform farCamera) {
        g.drawImage(far, farCamera, null);
        AffineTransform frame = g.getTransform();
        g.transform(camera);
        for (Mover mover : movers) {
            if (mover.placement().illustration().role() != Illustration.Role.SWIMMER) {
                drawMover(g, mover, progress);
            }
        }
        g.setTransform(frame);
        AffineTransform nearCamera = new AffineTransform(camera);
        nearCamera.translate(0, nearTop);
        g.drawImage(near, nearCamera, null);
        g.transform(camera);
        shimmer(g, progress);
        for (Mover mover : movers) {
            if (mover.placement().illustration().role() == Illustration.Role.SWIMMER) {
                drawMover(g, mover, progress);
            }
        }
        weather(g, progress);
        g.setTransform(frame);
    }

    /**
     * As {@link #draw(Graphics2D, double, AffineTransform, AffineTransform)}, into {@code frame} (RGB, the
     * graphics {@code g} draws on): the two big layers are copied into its pixels directly, the far one only
     * where the near one does not hide it.
     */
    public void draw(BufferedImage frame, Graphics2D g, double progress, AffineTransform camera,
                     AffineTransform farCamera) {
        int[] pixels = RasterBlit.pixels(frame);
        if (pixels == null || !RasterBlit.axisAligned(camera) || !RasterBlit.axisAligned(farCamera)) {
            draw(g, progress, camera, farCamera);
            return;
        }
        RasterBlit.Placement nearAt = new RasterBlit.Placement(nearPixels, camera, nearTop, frame.getWidth(),
                frame.getHeight());
        new RasterBlit.Placement(farPixels, farCamera, 0, frame.getWidth(), frame.getHeight()).draw(pixels, nearAt);
        AffineTransform identity = g.getTransform();
        g.transform(camera);
        for (Mover mover : movers) {
            if (mover.placement().illustration().role() != Illustration.Role.SWIMMER) {
                drawMover(g, mover, progress);
            }
        }
        g.setTransform(identity);
        nearAt.draw(pixels, null);
        g.transform(camera);
        shimmer(g, progress);
        for (Mover mover : movers) {
            if (mover.placement().illustration().role() == Illustration.Role.SWIMMER) {
                drawMover(g, mover, progress);
            }
        }
        weather(g, progress);
        g.setTransform(identity);
    }

    static int firstPaintedRow(BufferedImage picture) {
        for (int y = 0; y < picture.getHeight() - 1; y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) >>> 24) != 0) {
                    return y;
                }
            }
        }
        return picture.getHeight() - 1;
    }

    private void drawMover(Graphics2D g, Mover mover, double progress) {
        ScenePlan.Placement p = mover.placement();
        double x = p.x() * width;
        double foot = p.baseline() * height;
        double phase = progress * Math.PI * 2;
        switch (p.illustration().role()) {
            case SKY -> {
                if (RISING_OR_SETTING.contains(p.illustration().name())) {
                    double horizon = ScenePlacement.horizon(plan.backdrop()) * height + p.size() * height;
                    double travel = horizon - foot;
                    foot = switch (plan.backdrop().time()) {
                        case DAWN -> horizon - travel * (0.35 + 0.65 * progress);
                        case DUSK -> foot + travel * 0.65 * progress;
                        default -> foot - 0.03 * height * progress;
                    };
                } else {
                    x += 0.06 * width * progress;
                }
            }
            case FLYER -> {
                double direction = p.mirrored() ? 1 : -1;
                x += direction * width * 0.5 * (progress - 0.5);
                foot += Math.sin(phase * 3) * height * 0.02;
            }
            case SWIMMER -> {
                x += width * 0.06 * (progress - 0.5) * (p.mirrored() ? 1 : -1);
                foot += Math.sin(phase * 2) * height * 0.01;
            }
            default -> {
            }
        }
        BufferedImage picture = mover.picture();
        g.drawImage(picture, (int) Math.round(x - picture.getWidth() / 2.0), (int) Math.round(foot - picture.getHeight()), null);
    }

    /** Water shimmers: bright ripples that move and fade as the shot goes on. */
    private void shimmer(Graphics2D g, double progress) {
        Backdrop.Terrain terrain = plan.backdrop().terrain();
        if (terrain != Backdrop.Terrain.SEA && terrain != Backdrop.Terrain.LAKE) {
            return;
        }
        int horizon = (int) (ScenePlacement.horizon(plan.backdrop()) * height);
        g.setStroke(new BasicStroke(Math.max(1.5f, height / 300f)));
        for (int i = 0; i < 40; i++) {
            double seed = i * 0.618033988;
            double depth = (seed * 7.3) % 1;
            int y = horizon + 4 + (int) ((height - horizon) * depth);
            int x = (int) (((seed * 13.7) % 1 * width + progress * width * 0.05 * (1 + depth)) % width);
            int alpha = (int) (60 + 70 * (0.5 + 0.5 * Math.sin(progress * 12 + i)));
            g.setColor(new Color(255, 255, 255, alpha));
            int length = (int) (width / 40.0 * (0.5 + depth));
            g.drawLine(x, y, x + length, y);
        }
    }

    /** Rain streaks and snowflakes fall through the frame. */
    private void weather(Graphics2D g, double progress) {
        Backdrop.Weather weather = plan.backdrop().weather();
        if (weather != Backdrop.Weather.RAIN && weather != Backdrop.Weather.SNOW && weather != Backdrop.Weather.STORM) {
            return;
        }
        boolean snow = weather == Backdrop.Weather.SNOW;
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, snow ? 0.9f : 0.5f));
        g.setColor(snow ? Color.WHITE : new Color(200, 210, 230));
        g.setStroke(new BasicStroke(Math.max(1f, height / 400f)));
        int size = Math.max(2, height / 150);
        double fall = progress * (snow ? 1.5 : 6);
        for (int i = 0; i < 90; i++) {
            double seed = i * 0.618033988;
            int x = (int) ((seed * 17.1) % 1 * width);
            int y = (int) ((((seed * 5.3) % 1 + fall) % 1) * height);
            if (snow) {
                g.fillOval(x + (int) (Math.sin(fall * 4 + i) * size * 2), y, size, size);
            } else {
                g.drawLine(x, y, x - size, y + size * 5);
            }
        }
        g.setComposite(before);
    }
}
