package studio.loqui.media.picture;

import studio.loqui.media.meaning.TextEmbedder;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The layered background of a scene: a sky by time of day and weather, over a terrain. Each is read from
 * the line's words; a line that names none keeps the scene before it (a story stays in its place and hour),
 * and a terrain the words do not name is chosen by meaning when the line is close enough to one.
 */
public record Backdrop(TimeOfDay time, Weather weather, Terrain terrain) {

    public static final Backdrop DEFAULT = new Backdrop(TimeOfDay.DAY, Weather.CLEAR, Terrain.MEADOW);
    private static final double TERRAIN_SIMILARITY = 0.35;

    public enum TimeOfDay {
        DAWN("sunrise dawn daybreak morning rooster"),
        DAY("noon midday afternoon daylight sunny"),
        DUSK("sunset dusk evening twilight golden"),
        NIGHT("night midnight moon moonlight stars star dark darkness owl");

        final Set<String> words;

        TimeOfDay(String words) {
            this.words = Set.of(words.split(" "));
        }
    }

    public enum Weather {
        CLEAR("clear sunny"),
        CLOUDY("cloud clouds cloudy overcast fog foggy mist grey"),
        RAIN("rain rainy raining drizzle shower umbrella wet"),
        SNOW("snow snowy snowing snowflake snowflakes blizzard winter frost"),
        STORM("storm stormy thunder thunderstorm lightning tornado");

        final Set<String> words;

        Weather(String words) {
            this.words = Set.of(words.split(" "));
        }
    }

    public enum Terrain {
        MEADOW("meadow field fields grass countryside farm garden park valley hill hills village",
                "a green meadow and fields in the countryside"),
        FOREST("forest forests woods wood jungle trees", "a dense forest of tall trees"),
        MOUNTAINS("mountain mountains peak peaks summit alps cliff", "high mountains with rocky peaks"),
        SEA("sea ocean oceans beach waves wave coast shore island harbour bay sail sailing", "the sea and its waves"),
        LAKE("lake river pond stream lakes rivers", "a calm lake or river"),
        CITY("city town street streets downtown buildings skyline road market square", "a busy city street with buildings"),
        INDOORS("room kitchen home inside house bedroom office classroom library hall cafe shop studio lab",
                "inside a room of a house"),
        DESERT("desert dunes sand sahara", "a hot sandy desert"),
        SNOWFIELD("arctic antarctic tundra glacier polar iceberg", "a frozen snowy landscape of ice"),
        SPACE("space universe galaxy planet planets orbit cosmos", "outer space with stars and planets");

        final Set<String> words;
        final String meaning;

        Terrain(String words, String meaning) {
            this.words = Set.of(words.split(" "));
            this.meaning = meaning;
        }
    }

    /** The backdrop of {@code line}, the scene before it being {@code previous}. */
    static Backdrop read(String line, Backdrop previous, TextEmbedder meaning) {
        List<String> words = List.of(line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        TimeOfDay time = firstNamed(words, TimeOfDay.values(), t -> t.words, passing(previous.time()));
        Weather weather = firstNamed(words, Weather.values(), w -> w.words, null);
        Terrain terrain = firstNamed(words, Terrain.values(), t -> t.words, null);
        if (terrain == null) {
            terrain = meaning == null ? previous.terrain() : closestTerrain(line, meaning, previous.terrain());
        }
        if (weather == null) {
            weather = time != previous.time() || terrain != previous.terrain() ? Weather.CLEAR : previous.weather();
        }
        return new Backdrop(time, weather, terrain);
    }

    /** A sunrise or a sunset passes: the scene after one that names no hour is in daylight; a night lasts. */
    private static TimeOfDay passing(TimeOfDay time) {
        return time == TimeOfDay.NIGHT ? time : TimeOfDay.DAY;
    }

    private static Terrain closestTerrain(String line, TextEmbedder meaning, Terrain otherwise) {
        float[] said = meaning.embed(line);
        Terrain best = otherwise;
        double bestSimilarity = TERRAIN_SIMILARITY;
        for (Terrain terrain : Terrain.values()) {
            double similarity = TextEmbedder.similarity(said, meaning.embed(terrain.meaning));
            if (similarity > bestSimilarity) {
                best = terrain;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private static <E extends Enum<E>> E firstNamed(List<String> words, E[] values,
                                                    java.util.function.Function<E, Set<String>> wordsOf, E otherwise) {
        for (String word : words) {
            for (E value : values) {
                if (wordsOf.apply(value).contains(word)) {
                    return value;
                }
            }
        }
        return otherwise;
    }
}
