package studio.loqui.media.lipsync.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Varied English sentences for synthesis: random picks from word lists that together cover every
 * English phone, in a few sentence shapes, some with a comma so the speech holds short pauses.
 */
public final class TrainingSentences {

    private static final String[] ADJECTIVES = {"quiet", "bright", "yellow", "cheap", "smooth", "rough", "huge",
        "tiny", "awful", "joyful", "frozen", "warm", "old", "new", "proud", "shy", "heavy", "pleasant", "wooden",
        "orange", "purple", "thick", "thin", "loose", "foolish", "eager", "lazy", "brave", "calm", "vivid"};
    private static final String[] NOUNS = {"boat", "father", "judge", "machine", "garage", "window", "cheese",
        "mouth", "voice", "thumb", "leather", "zebra", "pilot", "hour", "oyster", "bush", "wolf", "moon", "shoe",
        "apple", "orange", "kitchen", "village", "measure", "teacher", "engine", "autumn", "bottle", "feather",
        "puppy", "rabbit", "guitar", "music", "ocean", "hammer", "umbrella", "yacht", "book", "cow", "queen"};
    private static final String[] VERBS = {"jumped", "pushed", "watched", "measured", "bought", "caught",
        "thought about", "followed", "moved", "laughed at", "choose", "borrowed", "painted", "chased", "found",
        "showed", "waved at", "fixed", "opened", "loved", "avoided", "visited", "reached", "called", "played with"};
    private static final String[] PREPOSITIONS = {"under", "over", "behind", "near", "beside", "through",
        "around", "without", "toward", "inside"};
    private static final String[] OPENERS = {"Well", "Oh", "Yes", "No", "Look", "Honestly", "Meanwhile",
        "Yesterday", "Every morning", "Later that evening"};
    private static final String[] NAMES = {"Maria", "Joshua", "Ava", "Theo", "Chloe", "Hugo", "Zoe", "Oliver",
        "Ruth", "Vince", "Kathy", "Boris"};

    private TrainingSentences() {
    }

    public static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sentences.add(sentence(random, i % 4));
        }
        return sentences;
    }

    private static String sentence(Random r, int shape) {
        switch (shape) {
            case 0:
                return "The " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + " " + pick(r, VERBS) + " the "
                        + pick(r, NOUNS) + " " + pick(r, PREPOSITIONS) + " the " + pick(r, NOUNS) + ".";
            case 1:
                return pick(r, OPENERS) + ", " + pick(r, NAMES) + " " + pick(r, VERBS) + " a " + pick(r, ADJECTIVES)
                        + " " + pick(r, NOUNS) + ".";
            case 2:
                return pick(r, NAMES) + " and " + pick(r, NAMES) + " " + pick(r, VERBS) + " the " + pick(r, NOUNS)
                        + ", then " + pick(r, VERBS) + " the " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + ".";
            default:
                return "Why did the " + pick(r, NOUNS) + " " + pick(r, VERBS).replace("ed", "") + " my "
                        + pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + " " + pick(r, PREPOSITIONS) + " the "
                        + pick(r, NOUNS) + "?";
        }
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
