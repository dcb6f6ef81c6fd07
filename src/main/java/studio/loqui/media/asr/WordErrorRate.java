package studio.loqui.media.asr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, by Levenshtein
 * alignment over words after lower-casing and removing punctuation (apostrophes inside words stay).
 */
public final class WordErrorRate {

    /** @param errors edit distance in words; @param referenceWords words in the reference */
    public record Result(int errors, int referenceWords) {

        /** 0 = perfect; can exceed 1 when the hypothesis adds many words. */
        public double rate() {
            return referenceWords == 0 ? (errors == 0 ? 0 : 1) : errors / (double) referenceWords;
        }
    }

    private WordErrorRate() {
    }

    public static Result compute(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        int[] previous = new int[hyp.size() + 1];
        int[] current = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return new Result(previous[hyp.size()], ref.size());
    }

    /**
     * As {@link #compute}, with an English reference taken as it is said (other languages: as written): each number, ordinal, amount or
     * abbreviation may be heard in any of its spoken forms ({@link SpokenForms}), and the closest counts.
     * The reference's length is that of its usual spoken form.
     */
    public static Result spoken(String reference, String hypothesis, String language) {
        if (language == null || !language.toLowerCase(Locale.ROOT).startsWith("en")) {
            return compute(reference, hypothesis);
        }
        List<List<List<String>>> slots = SpokenForms.of(reference == null ? "" : reference);
        List<String> hyp = words(hypothesis);
        int[] before = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            before[j] = j;
        }
        int usualLength = 0;
        for (List<List<String>> slot : slots) {
            int[] best = null;
            for (List<String> way : slot) {
                int[] after = through(way, before, hyp);
                best = best == null ? after : elementwiseMin(best, after);
            }
            before = best;
            usualLength += slot.get(0).size();
        }
        return new Result(before[hyp.size()], usualLength);
    }

    /** Edit distances after the reference words {@code way}, given those before them, for each hypothesis prefix. */
    private static int[] through(List<String> way, int[] before, List<String> hyp) {
        int[] previous = before;
        for (String word : way) {
            int[] current = new int[hyp.size() + 1];
            current[0] = previous[0] + 1;
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = previous[j - 1] + (word.equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous;
    }

    private static int[] elementwiseMin(int[] a, int[] b) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.min(a[i], b[i]);
        }
        return out;
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .replaceAll("(^| )'+|'+( |$)", " ");
        return Arrays.stream(cleaned.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
