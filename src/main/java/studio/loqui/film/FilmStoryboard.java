package studio.loqui.film;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.SyncWorkPool;
import studio.loqui.media.music.MusicStyle;
import studio.loqui.media.picture.Backdrop;
import studio.loqui.media.picture.ScenePainter;
import studio.loqui.media.picture.ScenePlan;
import studio.loqui.media.picture.ScenePlanner;
import studio.loqui.system.ApiException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A film's storyboard before it is rendered, free of charge: one still picture per script line (its scene as the
 * render plans it, the cast keeping its look from line to line), the drawings chosen and when each scene would
 * show, timed with the narration's estimated length (the price table's pace). Nothing is spoken, encoded or
 * stored; the pictures are painted at 640x360 on the bounded pool for synchronous work.
 */
@ApplicationScoped
public class FilmStoryboard {

    /** The picture size of a storyboard frame. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    /** Scenes a storyboard shows at most (a longer script is refused: render it in parts). */
    public static final int MAX_SCENES = 60;

    private final SyncWorkPool pool;
    private final ScenePainter painter = new ScenePainter();

    public FilmStoryboard(SyncWorkPool pool) {
        this.pool = pool;
    }

    /** One scene of the storyboard: its line, its timing, what it shows and its picture (PNG). */
    public record Scene(int index, String line, double start, double end, double voiceStart, List<String> illustrations,
                        Backdrop backdrop, byte[] png) {
    }

    /** @param cost what the storyboard cost: nothing; {@code estimatedCost} is what rendering it would */
    public record Board(double seconds, double cost, double estimatedCost, String music, List<Scene> scenes) {
    }

    public Board preview(String script, FilmConfig config) {
        String text = FilmJobService.validScript(script);
        List<String> lines = FilmRenderHandler.lines(text);
        if (lines.size() > MAX_SCENES) {
            throw ApiException.invalidField("script", "has " + lines.size() + " lines; a storyboard shows at most "
                    + MAX_SCENES);
        }
        Moderation.Verdict verdict = Moderation.check(text);
        if (!verdict.approved()) {
            throw ApiException.badRequest("The script did not pass moderation: " + verdict.reason());
        }
        FilmTimeline timeline = FilmTimeline.plan(lines, narration(lines, config), config.videoDuration(), lines.size());
        double estimate = PriceTable.price(config, text).total();
        String music = config.includeMusic()
                ? MusicStyle.of(config.genre(), config.mood()).describe() : "none";
        return pool.call("storyboard", () -> new Board(timeline.seconds(), 0.0, estimate, music, paint(timeline)));
    }

    private List<Scene> paint(FilmTimeline timeline) {
        ScenePlanner planner = painter.planner();
        List<Scene> scenes = new ArrayList<>();
        for (FilmTimeline.Scene scene : timeline.scenes()) {
            ScenePlan plan = planner.next(scene.line());
            BufferedImage picture = ScenePainter.still(painter.layers(plan, scene.index(), WIDTH, HEIGHT), WIDTH, HEIGHT);
            scenes.add(new Scene(scene.index(), scene.line(), round(scene.start()), round(scene.end()),
                    round(scene.voiceStart()), plan.names(), plan.backdrop(), png(picture)));
        }
        return scenes;
    }

    /** Each line's narration as the price table expects it to last, without the time around it. */
    private static double[] narration(List<String> lines, FilmConfig config) {
        double[] seconds = new double[lines.size()];
        for (int i = 0; i < seconds.length && config.includeVoice(); i++) {
            seconds[i] = lines.get(i).split("\\s+").length / PriceTable.NARRATION_WORDS_PER_SECOND;
        }
        return seconds;
    }

    private static byte[] png(BufferedImage picture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
