package studio.loqui.jobs;

/** A failure whose message is meant for the job's owner (bad input found late, media that cannot be read). */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String reason) {
        super(reason);
    }

    public JobFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
