package studio.loqui.jobs;

/** The job a submit produced; {@code replayed} when an {@code Idempotency-Key} returned an earlier one. */
public record JobSubmission(JobView job, boolean replayed) {
}
