package studio.loqui.jobs.rest;

import jakarta.ws.rs.core.Response;
import studio.loqui.jobs.JobSubmission;

/** How a job-creating endpoint answers: 202 with the job's status, the same for a replayed request. */
public final class JobResponses {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private JobResponses() {
    }

    /** Seed 001's status shape; other families wrap {@link JobSubmission#job()} in their own. */
    public static Response accepted(JobSubmission submission) {
        return Response.accepted(ProcessStatus.of(submission.job()))
                .header("Location", "/api/v1/process/status/" + submission.job().jobId())
                .header(REPLAYED, Boolean.toString(submission.replayed()))
                .build();
    }
}
