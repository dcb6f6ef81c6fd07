package studio.loqui.media.translate;

import studio.loqui.media.MediaEngine;

import java.util.Set;

/** Machine translation between language pairs. */
public interface Translator extends MediaEngine {

    /** Pairs this installation can translate, as {@code source-target} ISO 639-1 codes, e.g. {@code en-es}. */
    Set<String> pairs();

    /** The language a pair is translated through (two steps), or empty for a direct pair. */
    default java.util.Optional<String> via(String pair) {
        return java.util.Optional.empty();
    }

    /** Translates text; throws {@link TranslationException} for an unsupported pair or an engine failure. */
    String translate(String text, String sourceLanguage, String targetLanguage);
}
