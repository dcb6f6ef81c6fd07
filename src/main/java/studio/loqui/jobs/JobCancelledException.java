package studio.loqui.jobs;

/** Thrown by a checkpoint once the job's owner cancelled it; the engine cleans up and records it. */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("Job cancelled", null, false, false);
    }
}
