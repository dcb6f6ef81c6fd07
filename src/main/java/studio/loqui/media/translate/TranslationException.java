package studio.loqui.media.translate;

import studio.loqui.media.EngineFailed;

/** A translation that could not be made; the message says why. */
public class TranslationException extends EngineFailed {

    public TranslationException(String message) {
        super(message);
    }

    public TranslationException(String message, Throwable cause) {
        super(message, cause);
    }
}
