package studio.loqui.film.render;

import java.awt.image.BufferedImage;

/**
 * The pictures and captions of a film, painted when the frames first need them and kept only while they
 * are on screen: shots and scenes come in order, so each is painted once, and a film of hundreds of
 * full-HD pictures holds one picture and one caption in memory, not all of them.
 */
public final class FilmArtwork {

    /** Told of each picture painted. */
    public interface Painted {
        void picture(int index);
    }

    private final ScenePainter painter;
    private final FilmTimeline timeline;
    private final FilmQuality quality;
    private final Painted painted;
    private int pictureIndex = -1;
    private BufferedImage picture;
    private int captionIndex = -1;
    private BufferedImage caption;

    public FilmArtwork(ScenePainter painter, FilmTimeline timeline, FilmQuality quality, Painted painted) {
        this.painter = painter;
        this.timeline = timeline;
        this.quality = quality;
        this.painted = painted;
    }

    /** Shot {@code index}'s picture, {@link KenBurns#OVERSCAN} times the frame. */
    BufferedImage picture(int index) {
        if (index != pictureIndex) {
            FilmTimeline.Shot shot = timeline.shots().get(index);
            picture = painter.paintScene(shot.subject(), index, (int) Math.ceil(quality.width() * KenBurns.OVERSCAN),
                    (int) Math.ceil(quality.height() * KenBurns.OVERSCAN));
            pictureIndex = index;
            painted.picture(index);
        }
        return picture;
    }

    /** Scene {@code index}'s caption, a transparent frame-sized overlay. */
    BufferedImage caption(int index) {
        if (index != captionIndex) {
            caption = painter.caption(timeline.scenes().get(index).line(), quality.width(), quality.height());
            captionIndex = index;
        }
        return caption;
    }
}
