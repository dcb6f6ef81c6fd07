package studio.loqui.media.stretch;

/** The time stretcher could not run or failed. */
public class StretchException extends RuntimeException {

    public StretchException(String message) {
        super(message);
    }
}
