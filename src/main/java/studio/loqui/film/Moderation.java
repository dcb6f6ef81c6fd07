package studio.loqui.film;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word-list check of a script before any work starts. Each category has a weight; the score is the
 * largest weight of a category found plus 0.1 for each further hit, capped at 1. A script scoring at or
 * above {@link #THRESHOLD} is refused, naming the categories found.
 */
public final class Moderation {

    public static final double THRESHOLD = 0.7;

    private static final Pattern INFLECTION = Pattern.compile("(s|es|d|ed|ing|er|ers)?");
    /** Endings that replace a stem's final e: "raping", "torturer". */
    private static final Pattern INFLECTION_AFTER_E = Pattern.compile("ing|er|ers");

    private static final Map<String, Double> WEIGHTS = Map.of(
            "violence", 0.8, "hate", 0.9, "sexual", 0.9, "self-harm", 0.9, "drugs", 0.6, "profanity", 0.4);

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("kill", "violence"), Map.entry("murder", "violence"), Map.entry("massacre", "violence"),
            Map.entry("behead", "violence"), Map.entry("torture", "violence"), Map.entry("slaughter", "violence"),
            Map.entry("genocide", "hate"), Map.entry("exterminate", "hate"), Map.entry("subhuman", "hate"),
            Map.entry("porn", "sexual"), Map.entry("nude", "sexual"), Map.entry("rape", "sexual"),
            Map.entry("suicide", "self-harm"), Map.entry("overdose", "self-harm"),
            Map.entry("cocaine", "drugs"), Map.entry("heroin", "drugs"), Map.entry("meth", "drugs"),
            Map.entry("fuck", "profanity"), Map.entry("shit", "profanity"), Map.entry("bitch", "profanity"));

    public record Verdict(boolean approved, double score, String reason) {
        public String status() {
            return approved ? "approved" : "rejected";
        }
    }

    private Moderation() {
    }

    public static Verdict check(String script) {
        Set<String> categories = new LinkedHashSet<>();
        int hits = 0;
        // hyphens separate words too: "murder-suicide" and "kill--then" hold blocked words
        for (String word : script.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String category = category(word);
            if (category != null) {
                categories.add(category);
                hits++;
            }
        }
        double top = categories.stream().mapToDouble(WEIGHTS::get).max().orElse(0);
        double score = hits == 0 ? 0 : Math.min(1, top + 0.1 * (hits - 1));
        boolean approved = score < THRESHOLD;
        String reason = categories.isEmpty() ? null : "Script contains " + String.join(", ", categories) + " content";
        return new Verdict(approved, Math.round(score * 100) / 100.0, reason);
    }

    /**
     * Whole words and their simple inflections ("killed", "kills", "killing", "raping"), not longer words
     * ("methane").
     */
    private static String category(String word) {
        for (Map.Entry<String, String> entry : WORDS.entrySet()) {
            String stem = entry.getKey();
            if (word.startsWith(stem) && INFLECTION.matcher(word.substring(stem.length())).matches()) {
                return entry.getValue();
            }
            String withoutE = stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : null;
            if (withoutE != null && word.startsWith(withoutE)
                    && INFLECTION_AFTER_E.matcher(word.substring(withoutE.length())).matches()) {
                return entry.getValue();
            }
        }
        return null;
    }
}
