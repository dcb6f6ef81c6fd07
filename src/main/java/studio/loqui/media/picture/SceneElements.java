package studio.loqui.media.picture;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a script line shows, read from its words: the painter draws one layer per element. */
public enum SceneElements {
    NIGHT("night", "moon", "star", "stars", "dark", "midnight"),
    SUNRISE("sunrise", "sunset", "dawn", "dusk", "golden"),
    SKY("sky", "cloud", "clouds", "bird", "birds", "flying", "fly"),
    MOUNTAINS("mountain", "mountains", "hill", "hills", "peak", "peaks"),
    WATER("sea", "ocean", "lake", "river", "water", "wave", "waves", "beach"),
    FOREST("forest", "tree", "trees", "wood", "woods", "garden", "meadow", "grass");

    private final Set<String> words;

    SceneElements(String... words) {
        this.words = Set.of(words);
    }

    public static Set<SceneElements> of(String line) {
        EnumSet<SceneElements> found = EnumSet.noneOf(SceneElements.class);
        for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (SceneElements element : values()) {
                if (element.words.contains(word)) {
                    found.add(element);
                }
            }
        }
        return found;
    }
}
