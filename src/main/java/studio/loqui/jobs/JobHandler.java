package studio.loqui.jobs;

/**
 * The work of one job kind. Implement it as an {@code @ApplicationScoped} bean and the engine finds it
 * by {@link #kind()}. The engine may run a job again from the start after a crash, so a handler declares its
 * one output ({@link JobOutput}): the engine returns what an earlier attempt stored under that name, and runs
 * the work only when there is none, so one job makes one output. Write output under {@link JobContext#workFile}
 * and move it into place only at the end; call {@link JobContext#checkpoint()} (or {@link JobContext#progress})
 * often so that cancellation stops the work promptly.
 *
 * @param <R> the record the job's result is, shown by the status endpoints as JSON
 */
public interface JobHandler<R extends Record> {

    /** The kind name jobs are submitted under, e.g. {@code extract-audio}. */
    String kind();

    /**
     * Names the job's output and says how to find and make it; the engine does the rest. Reading the input and
     * cheap look-ups belong here, the work in {@link JobOutput.Work}. Throw {@link JobFailedException} with a
     * reason the user may read, or let {@link JobCancelledException} from a checkpoint pass through.
     */
    JobOutput<R> output(JobContext context);
}
