package studio.loqui.media.asr;

/** Recognition failed or the language has no model; the message is fit for the user. */
public class RecognitionException extends RuntimeException {

    public RecognitionException(String message) {
        super(message);
    }

    public RecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
