package studio.loqui.dubbing.translate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Text to translate between two languages (ISO 639-1 codes). */
public record TranslateRequest(
        @NotBlank(message = "is required") @Size(max = MAX_CHARS, message = "must be at most {max} characters") String text,
        @NotNull(message = "is required") String sourceLanguage,
        @NotNull(message = "is required") String targetLanguage) {

    /** The longest text translated in one request. */
    public static final int MAX_CHARS = 5000;
}
