package studio.loqui.jobs.webhook;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** The body of a webhook call: the job's final state and the caller's own metadata, returned untouched. */
public record WebhookPayload(
        String event,
        String jobId,
        String kind,
        String status,
        int progress,
        String error,
        JsonNode result,
        JsonNode metadata,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {
}
