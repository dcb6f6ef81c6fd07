package studio.loqui.media.picture;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenes and captions of a storyboard. Every shot is planned up front, in order, so the cast keeps its
 * look; each is painted when the frames first need it and kept only while it is on screen (itself, or the
 * next one fading in), so a film of hundreds of full-HD pictures holds two scenes and one caption in memory.
 */
public final class StoryboardArtwork {

    /** Told of each picture painted. */
    public interface Painted {
        void picture(int index);
    }

    private final ScenePainter painter;
    private final Storyboard storyboard;
    private final List<ScenePlan> plans;
    private final int width;
    private final int height;
    private final Painted painted;
    private final Map<Integer, SceneLayers> scenes = new HashMap<>();
    private int captionIndex = -1;
    private BufferedImage caption;
    private int captionTop;

    public StoryboardArtwork(ScenePainter painter, Storyboard storyboard, int width, int height, Painted painted) {
        this.painter = painter;
        this.storyboard = storyboard;
        this.width = width;
        this.height = height;
        this.painted = painted;
        ScenePlanner planner = painter.planner();
        List<ScenePlan> planned = new ArrayList<>();
        for (Storyboard.Shot shot : storyboard.shots()) {
            planned.add(planner.next(shot.subject()));
        }
        this.plans = List.copyOf(planned);
    }

    Storyboard storyboard() {
        return storyboard;
    }

    /** What each shot shows, in order. */
    public List<ScenePlan> plans() {
        return plans;
    }

    /** Shot {@code index}'s scene, painted {@link KenBurns#OVERSCAN} times the frame. */
    SceneLayers scene(int index) {
        SceneLayers scene = scenes.get(index);
        if (scene == null) {
            scenes.keySet().removeIf(kept -> kept < index - 1 || kept > index + 1);
            scene = painter.layers(plans.get(index), index, (int) Math.ceil(width * KenBurns.OVERSCAN),
                    (int) Math.ceil(height * KenBurns.OVERSCAN));
            scenes.put(index, scene);
            painted.picture(index);
        }
        return scene;
    }

    /** Caption {@code index}: the painted band of a transparent frame-sized overlay, from {@link #captionTop}. */
    BufferedImage caption(int index) {
        if (index != captionIndex) {
            BufferedImage overlay = painter.caption(storyboard.captions().get(index).line(), width, height);
            captionTop = SceneLayers.firstPaintedRow(overlay);
            caption = overlay.getSubimage(0, captionTop, width, height - captionTop);
            captionIndex = index;
        }
        return caption;
    }

    /** The row of the frame the current caption's band starts at. */
    int captionTop() {
        return captionTop;
    }
}
