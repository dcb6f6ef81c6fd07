package studio.loqui.media.tts;

import studio.loqui.media.EngineFailed;

/** The request cannot be spoken; the message says why in words fit for the user. */
public class SynthesisException extends EngineFailed {

    public SynthesisException(String message) {
        super(message);
    }

    public SynthesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
