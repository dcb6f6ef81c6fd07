package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;
import studio.loqui.voice.CloneHandler;
import studio.loqui.speech.Voice;
import studio.loqui.voice.VoiceClone;
import studio.loqui.voice.VoiceCloneService;

import java.time.OffsetDateTime;

/** Seed 000's clone, with what was measured of the cloned speech. */
public record CloneView(Long id, Long userId, String name, String status, int progress, String sourceFile,
                        String outputFile, String outputUrl, OffsetDateTime createdAt, OffsetDateTime completedAt,
                        String voiceProfileId, String gender, Double similarity, String heardText,
                        Double wordErrorRate, String error, String jobId) {

    public static CloneView of(VoiceClone clone, JobView job, Voice voice) {
        boolean done = job.status() == JobStatus.COMPLETED;
        String output = done ? CloneHandler.outputName(clone.id) : null;
        JsonNode result = job.result();
        return new CloneView(clone.id, clone.userId, clone.name, VoiceCloneService.status(job), job.progress(),
                clone.sourceFile, output, output == null ? null : "/api/storage/download/" + output,
                clone.createdAt, done ? job.finishedAt() : null, voice == null ? null : voice.publicId,
                voice == null ? null : voice.gender, number(result, "similarity"),
                result != null && result.hasNonNull("heard_text") ? result.get("heard_text").asText() : null,
                number(result, "word_error_rate"), job.error(), job.jobId());
    }

    private static Double number(JsonNode result, String field) {
        return result == null || !result.hasNonNull(field) ? null : result.get(field).asDouble();
    }
}
