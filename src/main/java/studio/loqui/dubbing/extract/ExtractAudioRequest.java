package studio.loqui.dubbing.extract;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;

/** Seed 001's extract-audio body, plus the engine's optional webhook and metadata. */
public record ExtractAudioRequest(@NotBlank(message = "is required") String videoFileId, String audioFormat, Integer sampleRate, String webhookUrl,
                                  JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with video_file_id, audio_format and sample_rate is required";
}
