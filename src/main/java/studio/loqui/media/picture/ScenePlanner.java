package studio.loqui.media.picture;

import studio.loqui.media.meaning.TextEmbedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Composes a film's scenes from its lines, in order. Each word of a line that names a drawing of the library
 * brings it in; a word the library does not list is matched by meaning (sentence embedding) when it comes
 * close enough to a drawing. The people and animals of the script are its cast: each keeps the drawing, size
 * and facing it first had, in every scene that names it (by its word, by a given name, or by a pronoun).
 */
public final class ScenePlanner {

    static final int MAX_DRAWINGS = 5;
    private static final double WORD_SIMILARITY = 0.62;
    private static final double LINE_SIMILARITY = 0.3;
    private static final Set<String> STOP = Set.of(("a an the and or but of to in on at by for with from into over "
            + "under up down out off is are was were be been being has have had do does did it its this that these "
            + "those there here then than as so very too just not no all any each every some one two three our "
            + "their his her him she he they them we us you your my me i who whom which what when where while after "
            + "before again once more most much many few through across along around above below near far away "
            + "back still now soon always never only also even little big small new old young long slow slowly "
            + "quiet quietly gently softly beautiful bright warm cold happy sad together upon toward towards "
            + "came come goes went go gets got get make made sees saw see looks looked look finds found find "
            + "begins began begin starts started start takes took take day days time times way world").split(" "));
    /** Words a noun follows: a word matched by meaning must follow one, so "swims" brings no swimmer. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "my", "our", "their",
            "your", "this", "that", "young", "old", "little", "small", "big", "tiny", "brave", "wise");
    private static final Set<String> SHE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> HE = Set.of("he", "him", "his", "himself", "it", "its", "they", "them");
    private static final List<String> PEOPLE = List.of("woman", "man", "girl", "boy", "person", "old-woman", "old-man");

    private final IllustrationLibrary library;
    private final TextEmbedder meaning;
    private final Map<String, Cast> castByWord = new HashMap<>();
    private Cast lastNamed;
    private Backdrop backdrop = Backdrop.DEFAULT;
    private int index;

    /** @param meaning null to choose by words alone */
    public ScenePlanner(IllustrationLibrary library, TextEmbedder meaning) {
        this.library = library;
        this.meaning = meaning;
    }

    /** A look the cast keeps: drawing, height as a fraction of the picture's, facing. */
    private record Cast(Illustration illustration, double size, boolean mirrored) {
    }

    /** The next scene, for {@code line}. */
    public ScenePlan next(String line) {
        backdrop = Backdrop.read(line, backdrop, meaning);
        Random random = new Random(line.hashCode() * 31L + index++);
        Map<Illustration, Cast> chosen = new LinkedHashMap<>();
        String[] words = line.split("[^\\p{L}'-]+");
        for (int i = 0; i < words.length && chosen.size() < MAX_DRAWINGS; i++) {
            String word = words[i].toLowerCase(Locale.ROOT).replace("'s", "");
            if (word.isEmpty()) {
                continue;
            }
            Cast cast = castFor(word, words[i], i, words, line, random);
            if (cast != null) {
                chosen.putIfAbsent(cast.illustration(), cast);
                lastNamed = cast;
            } else if (!STOP.contains(word)) {
                Optional<Illustration> drawing = library.forWord(word);
                if (drawing.isEmpty() && i > 0 && DETERMINERS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                    drawing = drawingFor(word);
                }
                drawing.filter(found -> found.role() != Illustration.Role.CHARACTER && !paintedByTerrain(found))
                        .ifPresent(found -> chosen.putIfAbsent(found, null));
            }
        }
        if (chosen.isEmpty() && meaning != null) {
            closest(meaning.embed(line), LINE_SIMILARITY).ifPresent(found -> chosen.put(found, null));
        }
        return new ScenePlan(backdrop, place(chosen, random));
    }

    private Cast castFor(String word, String asWritten, int position, String[] words, String line, Random random) {
        Cast known = castByWord.get(word);
        if (known != null) {
            return known;
        }
        if (SHE.contains(word) || HE.contains(word)) {
            return lastNamed;
        }
        boolean givenName = Character.isUpperCase(asWritten.charAt(0)) && !STOP.contains(word)
                && library.forWord(word).isEmpty()
                && (position > 0 || followedByComma(line, asWritten) || nearbyCharacter(words, position).isPresent());
        if (givenName) {
            Cast cast = castFor(nearbyCharacter(words, position).orElseGet(() -> library.named(
                    PEOPLE.get(Math.floorMod(word.hashCode(), PEOPLE.size()))).orElseThrow()), random);
            castByWord.put(word, cast);
            return cast;
        }
        Optional<Illustration> drawing = STOP.contains(word) ? Optional.empty() : library.forWord(word);
        if (drawing.isEmpty() && !STOP.contains(word) && position > 0 && DETERMINERS.contains(
                words[position - 1].toLowerCase(Locale.ROOT))) {
            drawing = drawingFor(word);
        }
        if (drawing.isPresent() && drawing.get().role() == Illustration.Role.CHARACTER) {
            Cast cast = castFor(drawing.get(), random);
            castByWord.put(word, cast);
            castByWord.putIfAbsent(drawing.get().name(), cast);
            return cast;
        }
        return null;
    }

    /** A drawing of a mountain or a wave is not needed where the backdrop paints mountains or the sea. */
    private boolean paintedByTerrain(Illustration drawing) {
        return switch (drawing.name()) {
            case "mountain", "snow-mountain" -> backdrop.terrain() == Backdrop.Terrain.MOUNTAINS;
            case "water-wave" -> backdrop.terrain() == Backdrop.Terrain.SEA;
            default -> false;
        };
    }

    private static boolean followedByComma(String line, String word) {
        int at = line.indexOf(word);
        return at >= 0 && line.startsWith(",", at + word.length());
    }

    /** A character word next to a given name ("Mia, a young girl") is who the name is. */
    private Optional<Illustration> nearbyCharacter(String[] words, int position) {
        for (int i = Math.max(0, position - 3); i < Math.min(words.length, position + 5); i++) {
            Optional<Illustration> drawing = library.forWord(words[i].toLowerCase(Locale.ROOT));
            if (i != position && drawing.isPresent() && drawing.get().role() == Illustration.Role.CHARACTER
                    && castByWord.values().stream().noneMatch(c -> c.illustration().equals(drawing.get()))) {
                return drawing;
            }
        }
        return Optional.empty();
    }

    private Cast castFor(Illustration illustration, Random random) {
        for (Cast cast : castByWord.values()) {
            if (cast.illustration().equals(illustration)) {
                return cast;
            }
        }
        return new Cast(illustration, 0.28 + 0.08 * random.nextDouble(), random.nextBoolean());
    }

    private Optional<Illustration> drawingFor(String word) {
        Optional<Illustration> named = library.forWord(word);
        if (named.isPresent() || meaning == null || word.length() < 3) {
            return named;
        }
        return closest(meaning.embed(word), WORD_SIMILARITY);
    }

    private Optional<Illustration> closest(float[] vector, double threshold) {
        Illustration best = null;
        double bestSimilarity = threshold;
        for (Illustration illustration : library.all()) {
            double similarity = TextEmbedder.similarity(vector, meaning.embed(illustration.meaning()));
            if (similarity > bestSimilarity) {
                best = illustration;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<ScenePlan.Placement> place(Map<Illustration, Cast> chosen, Random random) {
        List<ScenePlan.Placement> placements = new ArrayList<>();
        Set<Integer> slotsTaken = new LinkedHashSet<>();
        for (Map.Entry<Illustration, Cast> entry : chosen.entrySet()) {
            placements.add(ScenePlacement.of(entry.getKey(), entry.getValue() == null ? null : entry.getValue().size(),
                    entry.getValue() != null && entry.getValue().mirrored(), backdrop, slotsTaken, random));
        }
        placements.sort(Comparator.comparingDouble(ScenePlan.Placement::depth));
        return placements;
    }
}
