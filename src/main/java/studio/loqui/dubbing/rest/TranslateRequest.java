package studio.loqui.dubbing.rest;

/** Text to translate between two languages (ISO 639-1 codes). */
public record TranslateRequest(String text, String sourceLanguage, String targetLanguage) {
}
