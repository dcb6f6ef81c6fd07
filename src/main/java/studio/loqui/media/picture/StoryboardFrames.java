package studio.loqui.media.picture;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a storyboard's frames: the shot's picture under a slow camera move ({@link KenBurns}), the current
 * caption still on top, a short fade from and to black at the ends.
 */
public final class StoryboardFrames {

    private static final double FADE_SECONDS = 0.4;

    private final StoryboardArtwork art;
    private final int fps;

    public StoryboardFrames(StoryboardArtwork art, int fps) {
        this.art = art;
        this.fps = fps;
    }

    /** Draws frame {@code index} (at {@code index / fps} seconds) into {@code frame}. */
    public void draw(BufferedImage frame, int index) {
        Storyboard storyboard = art.storyboard();
        double t = index / (double) fps;
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int shotIndex = storyboard.shotAt(t);
        Storyboard.Shot shot = storyboard.shots().get(shotIndex);
        double progress = (t - shot.start()) / Math.max(1e-6, shot.end() - shot.start());
        g.drawImage(art.picture(shotIndex), KenBurns.at(shotIndex, progress, frame.getWidth(), frame.getHeight()), null);
        g.drawImage(art.caption(storyboard.captionAt(t)), 0, 0, null);
        double fade = Math.min(1, Math.min(t, storyboard.seconds() - t) / FADE_SECONDS);
        if (fade < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (1 - Math.max(0, fade))));
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
        }
        g.dispose();
    }
}
