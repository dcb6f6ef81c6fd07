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
