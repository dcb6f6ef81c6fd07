package studio.loqui.media.stretch;

import studio.loqui.media.EngineFailed;

/** The time stretcher could not run or failed. */
public class StretchException extends EngineFailed {

    public StretchException(String message) {
        super(message);
    }
}
