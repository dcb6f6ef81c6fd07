package studio.loqui.dubbing.translate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import studio.loqui.media.translate.TranslationException;
import studio.loqui.media.translate.Translator;
import studio.loqui.media.tts.Languages;

import java.util.List;
import java.util.Optional;

/** The installed translation engine that knows a language pair; the same language needs none. */
@ApplicationScoped
public class PhraseTranslator {

    private final List<Translator> engines;

    @Inject
    public PhraseTranslator(Instance<Translator> engines) {
        this(engines.stream().toList());
    }

    PhraseTranslator(List<Translator> engines) {
        this.engines = List.copyOf(engines);
    }

    /** Throws a 503 naming the translation engine when none is installed at all. */
    public void requireAnyInstalled() {
        if (engines.stream().noneMatch(Translator::available) && !engines.isEmpty()) {
            engines.get(0).requireAvailable();
        }
    }

    public boolean supports(String source, String target) {
        return same(source, target) || engine(source, target).isPresent();
    }

    /** Throws {@link TranslationException} when no engine knows the pair. */
    public String translate(String text, String source, String target) {
        if (same(source, target)) {
            return text;
        }
        return engine(source, target).orElseThrow(() -> new TranslationException("No translation from '" + source
                + "' to '" + target + "' is installed")).translate(text, source, target);
    }

    private Optional<Translator> engine(String source, String target) {
        String pair = Languages.primary(source) + "-" + Languages.primary(target);
        return engines.stream().filter(e -> e.available() && e.pairs().contains(pair)).findFirst();
    }

    private static boolean same(String source, String target) {
        return Languages.primary(source).equals(Languages.primary(target));
    }
}
