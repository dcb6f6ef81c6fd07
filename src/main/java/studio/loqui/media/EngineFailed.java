package studio.loqui.media;

/** An installed engine failed on input it accepted; the message is the reason, fit for a job's failure. */
public class EngineFailed extends MediaException {

    public EngineFailed(String message) {
        super(message, null);
    }

    public EngineFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
