package studio.loqui.dubbing.video;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;

/** Seed 001's generate-video body, plus the engine's optional webhook and metadata. */
public record GenerateVideoRequest(@NotBlank(message = "is required") String originalVideoId,
                                   @NotBlank(message = "is required") String clonedAudioId, String outputFormat, String quality,
                                   String webhookUrl, JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with original_video_id and cloned_audio_id is required";
}
