package studio.loqui.jobs;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A read-only snapshot of a job for status endpoints, server-sent events and webhooks.
 *
 * @param queuePosition jobs of the same kind waiting ahead of this one (0 = next), null unless pending
 */
public record JobView(
        String jobId,
        String kind,
        JobStatus status,
        int progress,
        String message,
        String error,
        JsonNode result,
        Long resultAssetId,
        int attempts,
        Long queuePosition,
        boolean cancelRequested,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime estimatedCompletion) {

    public boolean finished() {
        return status.finished();
    }
}
