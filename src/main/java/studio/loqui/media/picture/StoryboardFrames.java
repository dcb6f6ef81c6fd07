package studio.loqui.media.picture;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a storyboard's frames: each shot's scene under a slow camera move ({@link KenBurns}) whose far layer
 * moves less than the near one (parallax), the next shot fading in over the last moments of each, the
 * current caption still on top, a short fade from and to black at the ends. One drawing thread each: several
 * may draw frames of the same artwork at once.
 */
public final class StoryboardFrames {

    private static final double FADE_SECONDS = 0.4;
    private static final double CROSSFADE_SECONDS = 0.6;
    /** How much of the near layer's camera move the far layer makes. */
    private static final double FAR_MOTION = 0.4;

    private final StoryboardArtwork art;
    private final int fps;
    private BufferedImage scratch;

    public StoryboardFrames(StoryboardArtwork art, int fps) {
        this.art = art;
        this.fps = fps;
    }

    /** Draws frame {@code index} (at {@code index / fps} seconds) into {@code frame}. */
    public void draw(BufferedImage frame, int index) {
        Storyboard storyboard = art.storyboard();
        double t = index / (double) fps;
        int[] pixels = RasterBlit.pixels(frame);
        Graphics2D g = graphics(frame);
        int shotIndex = storyboard.shotAt(t);
        drawShot(frame, g, shotIndex, t);
        Storyboard.Shot shot = storyboard.shots().get(shotIndex);
        double crossfade = Math.min(CROSSFADE_SECONDS, (shot.end() - shot.start()) / 3);
        if (shotIndex + 1 < storyboard.shots().size() && t > shot.end() - crossfade) {
            float amount = (float) Math.min(1, (t - (shot.end() - crossfade)) / crossfade);
            if (pixels != null) {
                BufferedImage next = scratch(frame);
                Graphics2D n = graphics(next);
                drawShot(next, n, shotIndex + 1, t);
                n.dispose();
                RasterBlit.mix(pixels, RasterBlit.pixels(next), amount);
            } else {
                Composite opaque = g.getComposite();
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, amount));
                drawShot(frame, g, shotIndex + 1, t);
                g.setComposite(opaque);
            }
        }
        StoryboardArtwork.Caption caption = art.caption(storyboard.captionAt(t));
        g.drawImage(caption.band(), 0, caption.top(), null);
        double fade = Math.min(1, Math.min(t, storyboard.seconds() - t) / FADE_SECONDS);
        if (fade < 1) {
            if (pixels != null) {
                RasterBlit.dim(pixels, Math.max(0, fade));
            } else {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (1 - Math.max(0, fade))));
                g.setColor(Color.BLACK);
                g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            }
        }
        g.dispose();
    }

    private static Graphics2D graphics(BufferedImage frame) {
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    /** A second frame-sized picture the next shot is drawn in while it fades in. */
    private BufferedImage scratch(BufferedImage frame) {
        if (scratch == null || scratch.getWidth() != frame.getWidth() || scratch.getHeight() != frame.getHeight()) {
            scratch = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        }
        return scratch;
    }

    private void drawShot(BufferedImage frame, Graphics2D g, int shotIndex, double t) {
        Storyboard.Shot shot = art.storyboard().shots().get(shotIndex);
        double progress = Math.max(0, (t - shot.start()) / Math.max(1e-6, shot.end() - shot.start()));
        art.scene(shotIndex).draw(frame, g, progress,
                KenBurns.at(shotIndex, progress, frame.getWidth(), frame.getHeight()),
                KenBurns.at(shotIndex, progress * FAR_MOTION, frame.getWidth(), frame.getHeight()));
    }
}
