package studio.loqui.jobs.rest;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.jobs.JobView;

import java.time.OffsetDateTime;

/** One server-sent event: the job as it is now. */
public record JobEvent(
        String jobId,
        String kind,
        String status,
        int progress,
        String message,
        String error,
        Long queuePosition,
        OffsetDateTime estimatedCompletion,
        JsonNode result) {

    public static JobEvent of(JobView job) {
        return new JobEvent(job.jobId(), job.kind(), job.status().wire(), job.progress(), job.message(), job.error(),
                job.queuePosition(), job.estimatedCompletion(), job.result());
    }
}
