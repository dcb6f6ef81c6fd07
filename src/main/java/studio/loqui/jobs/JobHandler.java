package studio.loqui.jobs;

/**
 * The work of one job kind. Implement it as an {@code @ApplicationScoped} bean and the engine finds it
 * by {@link #kind()}. The engine may run a job again from the start after a crash, so {@link #run}
 * must be idempotent: same input, one output. Write output under {@link JobContext#workFile} and move it
 * into place only at the end; call {@link JobContext#checkpoint()} (or {@link JobContext#progress}) often
 * so that cancellation stops the work promptly.
 */
public interface JobHandler {

    /** The kind name jobs are submitted under, e.g. {@code extract-audio}. */
    String kind();

    /**
     * Does the work. Return the result; throw {@link JobFailedException} with a reason the user may read,
     * or let {@link JobCancelledException} from a checkpoint pass through.
     */
    JobResult run(JobContext context) throws Exception;
}
