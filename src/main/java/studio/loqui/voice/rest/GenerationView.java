package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;
import studio.loqui.storage.Asset;
import studio.loqui.speech.Generation;

import java.time.OffsetDateTime;

/** Seed 002's generation, with what the output check measured. */
public record GenerationView(Long audioId, Long userId, Long sampleId, String modelName, String scriptText,
                             String outputFilePath, String status, int progress, String message,
                             OffsetDateTime generatedAt, OffsetDateTime completedAt, String jobId,
                             Double durationSeconds, Long fileSize, String downloadUrl, Double similarity,
                             String heardText, Double wordErrorRate, String error) {

    public static GenerationView of(Generation generation, JobView job, Asset output) {
        JsonNode result = job.result();
        return new GenerationView(generation.id, generation.userId, generation.sampleId, generation.modelName,
                generation.scriptText, output == null ? null : output.storagePath, seedStatus(job.status()),
                job.progress(), job.message(), generation.generatedAt,
                job.status() == JobStatus.COMPLETED ? job.finishedAt() : null, job.jobId(),
                output == null ? null : output.durationSeconds, output == null ? null : output.sizeBytes,
                output == null ? null : "/api/library/download/generated/" + generation.id,
                number(result, "similarity"), text(result, "heard_text"), number(result, "word_error_rate"),
                job.error());
    }

    /** Seed 002 knows pending, processing, completed and failed; a cancelled job reads as failed. */
    static String seedStatus(JobStatus status) {
        return status == JobStatus.CANCELLED ? "failed" : status.wire();
    }

    private static Double number(JsonNode result, String field) {
        return result == null || !result.hasNonNull(field) ? null : result.get(field).asDouble();
    }

    private static String text(JsonNode result, String field) {
        return result == null || !result.hasNonNull(field) ? null : result.get(field).asText();
    }
}
