package studio.loqui.film;

import studio.loqui.media.picture.Storyboard;

import java.util.ArrayList;
import java.util.List;

/**
 * When each line is on screen and spoken, and which picture shows when.
 *
 * <p>The film lasts the requested duration, or longer when the narration needs more: a line is never cut.
 * Each line's scene holds a short lead, its narration and a pause; time left over is shared among the
 * scenes in proportion to those lengths (by word count when there is no narration). When a scene has time to
 * spare, its line starts a little later (up to {@link #MAX_LEAD} s, a third of the spare time), so the
 * picture shows before it is described and each line is framed by natural pauses. The pictures divide
 * the film into equal shots; a shot paints every line whose scene it overlaps, so {@code num_images}
 * pictures are spread over the scenes whether there are more pictures than lines or fewer.
 */
public record FilmTimeline(double seconds, List<Scene> scenes, List<Shot> shots) {

    static final double LEAD = 0.25;
    static final double PAUSE = 0.35;
    /** The longest a line waits after its picture appears. */
    static final double MAX_LEAD = 1.2;

    /** One script line: on screen from {@code start} to {@code end}, spoken from {@code voiceStart}. */
    public record Scene(int index, String line, double start, double end, double voiceStart) {
    }

    /** One picture: what it paints ({@code subject}), its variant (camera move, layout) and when it shows. */
    public record Shot(int index, String subject, double start, double end) {
    }

    /** @param narrationSeconds per line, all zero without a voice */
    public static FilmTimeline plan(List<String> lines, double[] narrationSeconds, double requestedSeconds,
                                    int pictures) {
        double[] need = new double[lines.size()];
        double needed = 0;
        boolean voiced = false;
        for (int i = 0; i < need.length; i++) {
            voiced |= narrationSeconds[i] > 0;
            need[i] = narrationSeconds[i] > 0 ? LEAD + narrationSeconds[i] + PAUSE
                    : Math.max(1, lines.get(i).split("\\s+").length);
        }
        for (double n : need) {
            needed += n;
        }
        double seconds = voiced ? Math.max(requestedSeconds, needed) : requestedSeconds;
        List<Scene> scenes = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < need.length; i++) {
            double length = seconds * need[i] / needed;
            double end = i == need.length - 1 ? seconds : at + length;
            double spare = Math.max(0, end - at - need[i]);
            scenes.add(new Scene(i, lines.get(i), at, end,
                    at + (voiced ? LEAD + Math.min(MAX_LEAD - LEAD, spare / 3) : 0)));
            at = end;
        }
        return new FilmTimeline(seconds, scenes, shots(scenes, seconds, pictures));
    }

    private static List<Shot> shots(List<Scene> scenes, double seconds, int pictures) {
        List<Shot> shots = new ArrayList<>();
        double length = seconds / pictures;
        for (int j = 0; j < pictures; j++) {
            double start = j * length;
            double end = j == pictures - 1 ? seconds : start + length;
            StringBuilder subject = new StringBuilder();
            for (Scene scene : scenes) {
                if (scene.start() < end && scene.end() > start) {
                    subject.append(subject.isEmpty() ? "" : " ").append(scene.line());
                }
            }
            shots.add(new Shot(j, subject.toString(), start, end));
        }
        return shots;
    }

    /** The scene on screen at {@code t} seconds. */
    public Scene sceneAt(double t) {
        for (Scene scene : scenes) {
            if (t < scene.end()) {
                return scene;
            }
        }
        return scenes.get(scenes.size() - 1);
    }

    /** The film as the frames draw it: each shot's picture, each line's caption over its scene. */
    public Storyboard storyboard() {
        return new Storyboard(seconds,
                shots.stream().map(s -> new Storyboard.Shot(s.subject(), s.start(), s.end())).toList(),
                scenes.stream().map(s -> new Storyboard.Caption(s.line(), s.start(), s.end())).toList());
    }
}
