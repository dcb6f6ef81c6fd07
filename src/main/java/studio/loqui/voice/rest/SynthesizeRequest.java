package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Text to speak in a cloned voice",
        example = "{\"text\":\"Hello from my cloned voice.\",\"language\":\"en\",\"format\":\"mp3\"}")
public record SynthesizeRequest(String text, String language, String format, String webhookUrl, JsonNode metadata) {
}
