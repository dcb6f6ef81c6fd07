package studio.loqui.jobs;

import java.util.Optional;

/**
 * The one output of a job, as its handler declares it: a name, how to find what an earlier attempt stored
 * under that name, and how to make it. The engine looks for the earlier output before it runs the work, so a
 * job run again after a crash answers with what the first attempt stored instead of storing a second copy.
 */
public record JobOutput<R extends Record>(String name, Earlier<R> earlier, Work<R> work) {

    /** Finds what an earlier attempt of the same job stored under {@code name}, as the job's result. */
    @FunctionalInterface
    public interface Earlier<R extends Record> {
        Optional<JobResult<R>> find(String name);
    }

    /** Makes the output and stores it under {@code name}. */
    @FunctionalInterface
    public interface Work<R extends Record> {
        JobResult<R> make(String name) throws Exception;
    }

    /** An output stored under {@code name}, e.g. a file of the owner's named after the job. */
    public static <R extends Record> JobOutput<R> stored(String name, Earlier<R> earlier, Work<R> work) {
        return new JobOutput<>(name, earlier, work);
    }

    /** A result kept only in the job's row (a transcript): there is nothing to find, so the work runs again. */
    public static <R extends Record> JobOutput<R> unstored(Work<R> work) {
        return new JobOutput<>(null, name -> Optional.empty(), work);
    }
}
