package studio.loqui.media.tts;

/** The request cannot be spoken; the message says why in words fit for the user. */
public class SynthesisException extends RuntimeException {

    public SynthesisException(String message) {
        super(message);
    }

    public SynthesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
