package studio.loqui.media.translate;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two-step translation through Spanish, the language most Apertium pairs share, for a pair that has no direct
 * mode: English to Portuguese is English to Spanish, then Spanish to Portuguese. Only pairs whose both steps are
 * installed and that no direct mode covers are offered; {@link #via} says which language they pass through.
 */
@ApplicationScoped
public class PivotTranslator implements Translator {

    public static final String PIVOT = "es";

    private final ApertiumTranslator direct;

    public PivotTranslator(ApertiumTranslator direct) {
        this.direct = direct;
    }

    @Override
    public String name() {
        return "apertium-via-" + PIVOT;
    }

    @Override
    public boolean available() {
        return direct.available() && !pairs().isEmpty();
    }

    @Override
    public String detail() {
        return available() ? "Apertium pairs through Spanish " + String.join(", ", pairs())
                : "no two-step pair: install an English-Spanish pair and a Spanish-X pair (e.g. apertium-es-pt)";
    }

    @Override
    public Set<String> pairs() {
        Set<String> installed = direct.pairs();
        Set<String> pairs = new TreeSet<>();
        for (String first : installed) {
            String source = first.substring(0, first.indexOf('-'));
            if (!first.endsWith("-" + PIVOT) || source.equals(PIVOT)) {
                continue;
            }
            for (String second : installed) {
                String target = second.substring(second.indexOf('-') + 1);
                String pair = source + "-" + target;
                if (second.startsWith(PIVOT + "-") && !target.equals(source) && !installed.contains(pair)) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    @Override
    public Optional<String> via(String pair) {
        return pairs().contains(pair) ? Optional.of(PIVOT) : Optional.empty();
    }

    @Override
    public String translate(String text, String sourceLanguage, String targetLanguage) {
        String source = primary(sourceLanguage);
        String target = primary(targetLanguage);
        if (!pairs().contains(source + "-" + target)) {
            throw new TranslationException("Translation " + source + "-" + target + " through Spanish is not"
                    + " available here; available: " + pairs());
        }
        return direct.translate(direct.translate(text, source, PIVOT), PIVOT, target);
    }

    private static String primary(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
