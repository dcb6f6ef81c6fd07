package studio.loqui.dubbing.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Seed 001's transcribe body, plus the engine's optional webhook and metadata. */
public record TranscribeRequest(@NotBlank(message = "is required") String audioFileId, String sourceLanguage, @Size(max = TranscribeRequest.MAX_MODEL_LENGTH, message = "must be at most {max} characters") String model, String webhookUrl,
                                JsonNode metadata) {

    /** The model name is only echoed back; this bounds what is stored. */
    public static final int MAX_MODEL_LENGTH = 100;

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with audio_file_id, source_language and model is required";
}
