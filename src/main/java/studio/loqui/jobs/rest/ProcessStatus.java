package studio.loqui.jobs.rest;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;

import java.time.OffsetDateTime;

/**
 * Seed 001's status shape, plus what the engine adds: message, error, queue position, result. The
 * {@code result_url} is the one the job's handler put in its result.
 */
public record ProcessStatus(
        String jobId,
        String status,
        int progress,
        OffsetDateTime estimatedCompletion,
        String resultUrl,
        String kind,
        String message,
        String error,
        Long queuePosition,
        int attempts,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        JsonNode result) {

    public static ProcessStatus of(JobView job) {
        String resultUrl = job.status() == JobStatus.COMPLETED && job.result() != null && job.result().hasNonNull("result_url")
                ? job.result().get("result_url").asText()
                : null;
        return new ProcessStatus(job.jobId(), job.status().wire(), job.progress(), job.estimatedCompletion(), resultUrl,
                job.kind(), job.message(), job.error(), job.queuePosition(), job.attempts(), job.createdAt(),
                job.startedAt(), job.finishedAt(), job.result());
    }
}
