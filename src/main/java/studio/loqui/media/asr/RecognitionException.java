package studio.loqui.media.asr;

import studio.loqui.media.EngineFailed;

/** Recognition failed or the language has no model; the message is fit for the user. */
public class RecognitionException extends EngineFailed {

    public RecognitionException(String message) {
        super(message);
    }

    public RecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
