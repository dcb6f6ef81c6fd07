package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Clone the voice in a file of your storage",
        example = "{\"name\":\"My Voice Clone\",\"source_file\":\"audio.wav\"}")
public record CloneRequest(String name, String sourceFile, String webhookUrl, JsonNode metadata) {
}
