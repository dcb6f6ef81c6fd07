package studio.loqui.media.picture;

import java.awt.image.BufferedImage;

/**
 * The pictures and captions of a storyboard, painted when the frames first need them and kept only while
 * they are on screen: shots and captions come in order, so each is painted once, and a video of hundreds of
 * full-HD pictures holds one picture and one caption in memory, not all of them.
 */
public final class StoryboardArtwork {

    /** Told of each picture painted. */
    public interface Painted {
        void picture(int index);
    }

    private final ScenePainter painter;
    private final Storyboard storyboard;
    private final int width;
    private final int height;
    private final Painted painted;
    private int pictureIndex = -1;
    private BufferedImage picture;
    private int captionIndex = -1;
    private BufferedImage caption;

    public StoryboardArtwork(ScenePainter painter, Storyboard storyboard, int width, int height, Painted painted) {
        this.painter = painter;
        this.storyboard = storyboard;
        this.width = width;
        this.height = height;
        this.painted = painted;
    }

    Storyboard storyboard() {
        return storyboard;
    }

    /** Shot {@code index}'s picture, {@link KenBurns#OVERSCAN} times the frame. */
    BufferedImage picture(int index) {
        if (index != pictureIndex) {
            picture = painter.paintScene(storyboard.shots().get(index).subject(), index,
                    (int) Math.ceil(width * KenBurns.OVERSCAN), (int) Math.ceil(height * KenBurns.OVERSCAN));
            pictureIndex = index;
            painted.picture(index);
        }
        return picture;
    }

    /** Caption {@code index}, a transparent frame-sized overlay. */
    BufferedImage caption(int index) {
        if (index != captionIndex) {
            caption = painter.caption(storyboard.captions().get(index).line(), width, height);
            captionIndex = index;
        }
        return caption;
    }
}
