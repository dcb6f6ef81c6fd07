package studio.loqui.media.picture;

import java.awt.geom.AffineTransform;

/**
 * A gentle camera move over a still picture painted {@link #OVERSCAN} times larger than the frame: zoom in,
 * zoom out, pan right or pan left, chosen by the shot's index so neighbouring shots move differently. The
 * move eases in and out and is computed in sub-pixel steps, so slow moves do not judder.
 */
public final class KenBurns {

    /** How much larger than the frame each picture is painted. */
    public static final double OVERSCAN = 1.15;
    private static final double TIGHT = 1 / OVERSCAN;

    private KenBurns() {
    }

    /**
     * The transform that draws the picture ({@code frameWidth * OVERSCAN} wide) into the frame at
     * {@code progress} (0 to 1) through shot {@code index}.
     */
    public static AffineTransform at(int index, double progress, int frameWidth, int frameHeight) {
        double t = ease(Math.max(0, Math.min(1, progress)));
        double pictureWidth = frameWidth * OVERSCAN;
        double pictureHeight = frameHeight * OVERSCAN;
        double scale;
        double centreX = pictureWidth / 2;
        switch (index % 4) {
            case 0 -> scale = lerp(1, TIGHT, t);
            case 1 -> scale = lerp(TIGHT, 1, t);
            default -> scale = TIGHT;
        }
        double cropWidth = pictureWidth * scale;
        double cropHeight = pictureHeight * scale;
        if (index % 4 == 2) {
            centreX = lerp(cropWidth / 2, pictureWidth - cropWidth / 2, t);
        } else if (index % 4 == 3) {
            centreX = lerp(pictureWidth - cropWidth / 2, cropWidth / 2, t);
        }
        double left = centreX - cropWidth / 2;
        double top = (pictureHeight - cropHeight) / 2;
        AffineTransform transform = AffineTransform.getScaleInstance(frameWidth / cropWidth, frameHeight / cropHeight);
        transform.translate(-left, -top);
        return transform;
    }

    private static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double from, double to, double t) {
        return from + (to - from) * t;
    }
}
