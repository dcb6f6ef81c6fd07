package studio.loqui.media.picture;

import java.util.List;

/** What one picture shows: its backdrop and its drawings, each placed. */
public record ScenePlan(Backdrop backdrop, List<Placement> placements) {

    /**
     * A drawing in the scene: {@code x} its centre and {@code baseline} its foot, as fractions of the picture's
     * width and height; {@code size} its height as a fraction of the picture's; nearer drawings ({@code depth}
     * towards 1) are drawn later, larger and lower.
     */
    public record Placement(Illustration illustration, double x, double baseline, double size, double depth,
                            boolean mirrored) {
    }

    /** The names of the drawings, as the test and the storyboard report them. */
    public List<String> names() {
        return placements.stream().map(p -> p.illustration().name()).toList();
    }
}
