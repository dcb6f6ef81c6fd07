package studio.loqui.film.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.film.FilmStoryboard;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

@Schema(description = "A film's storyboard: one picture per scene, what it shows and when; free (cost 0)")
public record StoryboardView(double duration, double cost, double estimatedCost, String music, int width, int height,
                             List<SceneView> scenes) {

    @Schema(description = "One scene: its line, its timing in seconds, the drawings and backdrop chosen, its picture")
    public record SceneView(int index, String line, double start, double end, double voiceStart,
                            List<String> illustrations, BackdropView backdrop,
                            @Schema(description = "The scene's picture as a data URL (PNG, base64)") String image) {
    }

    public record BackdropView(String timeOfDay, String weather, String terrain) {
    }

    public static StoryboardView of(FilmStoryboard.Board board) {
        return new StoryboardView(board.seconds(), board.cost(), board.estimatedCost(), board.music(),
                FilmStoryboard.WIDTH, FilmStoryboard.HEIGHT, board.scenes().stream().map(s -> new SceneView(
                        s.index(), s.line(), s.start(), s.end(), s.voiceStart(), s.illustrations(),
                        new BackdropView(lower(s.backdrop().time()), lower(s.backdrop().weather()),
                                lower(s.backdrop().terrain())),
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(s.png()))).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
