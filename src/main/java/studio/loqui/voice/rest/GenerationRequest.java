package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A script to speak in a sample's voice (or voice_profile_id: any voice of yours)",
        example = "{\"sample_id\":1,\"model_name\":\"My Custom Voice\",\"script_text\":\"Hello, this is a test of my cloned voice.\"}")
public record GenerationRequest(Long sampleId, String voiceProfileId, String modelName, String scriptText,
                                String language, String format, String webhookUrl, JsonNode metadata) {
}
