package studio.loqui.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every job-creating request may add to its input: the {@code Idempotency-Key} header, and the
 * {@code webhook_url} and {@code metadata} body fields.
 */
public record JobOptions(String idempotencyKey, String webhookUrl, JsonNode metadata) {

    public static JobOptions none() {
        return new JobOptions(null, null, null);
    }
}
