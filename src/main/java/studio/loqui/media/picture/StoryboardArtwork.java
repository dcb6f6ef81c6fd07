package studio.loqui.media.picture;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The scenes and captions of a storyboard. Every shot is planned up front, in order, so the cast keeps its
 * look; each is painted once, when the frames first need it, and kept while it may still be on screen (itself,
 * or the next one fading in), so a film of hundreds of full-HD pictures holds about two scenes and two captions
 * in memory. Frames are drawn on several threads at once, roughly in order: they share one artwork. While a
 * shot's frames are drawn, the next shot's scene is painted on another thread, so no drawing waits for it.
 */
public final class StoryboardArtwork {

    /** Told of each picture painted. */
    public interface Painted {
        void picture(int index);
    }

    /** Paints ahead on a thread of its own, so a busy shared pool never holds up a film's drawing. */
    private static final Executor OWN_THREAD = task -> {
        Thread painter = new Thread(task, "film-scene-painter");
        painter.setDaemon(true);
        painter.start();
    };

    private final ScenePainter painter;
    private final Storyboard storyboard;
    private final List<ScenePlan> plans;
    private final int width;
    private final int height;
    private final Painted painted;
    private final Map<Integer, CompletableFuture<SceneLayers>> scenes = new HashMap<>();
    private final Set<Integer> paintedScenes = new HashSet<>();
    private final Map<Integer, Caption> captions = new HashMap<>();

    /** A caption's painted band, to lay over the frame from row {@code top} down. */
    record Caption(BufferedImage band, int top) {
    }

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
        CompletableFuture<SceneLayers> scene;
        synchronized (this) {
            scene = scenes.get(index);
            if (scene == null) {
                scenes.keySet().removeIf(kept -> kept < index - 1);
                scene = CompletableFuture.completedFuture(paint(index));
                scenes.put(index, scene);
            }
            if (index + 1 < plans.size() && !scenes.containsKey(index + 1)) {
                scenes.put(index + 1, CompletableFuture.supplyAsync(() -> paint(index + 1), OWN_THREAD));
            }
        }
        try {
            return scene.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private SceneLayers paint(int index) {
        SceneLayers scene = painter.layers(plans.get(index), index, (int) Math.ceil(width * KenBurns.OVERSCAN),
                (int) Math.ceil(height * KenBurns.OVERSCAN));
        synchronized (paintedScenes) {
            if (paintedScenes.add(index)) {
                painted.picture(index);
            }
        }
        return scene;
    }

    /** Caption {@code index}: the painted band of a transparent frame-sized overlay. */
    synchronized Caption caption(int index) {
        Caption caption = captions.get(index);
        if (caption == null) {
            captions.keySet().removeIf(kept -> kept < index - 1);
            BufferedImage overlay = painter.caption(storyboard.captions().get(index).line(), width, height);
            int top = SceneLayers.firstPaintedRow(overlay);
            caption = new Caption(overlay.getSubimage(0, top, width, height - top), top);
            captions.put(index, caption);
        }
        return caption;
    }
}
