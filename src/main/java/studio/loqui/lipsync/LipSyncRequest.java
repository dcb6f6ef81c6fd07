package studio.loqui.lipsync;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;

/** A lip-sync: the caller's video, the speech its face should mouth, how to encode it, and the usual job options. */
public record LipSyncRequest(@NotBlank(message = "is required") String videoFileId,
                             @NotBlank(message = "is required") String audioFileId, String outputFormat, String quality,
                             String webhookUrl, JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with video_file_id and audio_file_id is required";
}
