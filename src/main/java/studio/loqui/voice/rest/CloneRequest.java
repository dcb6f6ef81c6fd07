package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Clone the voice in a file of your storage",
        example = "{\"name\":\"My Voice Clone\",\"source_file\":\"audio.wav\"}")
public record CloneRequest(
        @NotBlank(message = CreateProfileRequest.NAME_RULE) @Size(max = 200, message = CreateProfileRequest.NAME_RULE)
        String name,
        @NotBlank(message = "Name a file in your storage, e.g. audio.wav") String sourceFile, String webhookUrl, JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with name and source_file is required";
}
