package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.speech.SpeakableText;
import studio.loqui.speech.SpokenLanguage;

@Schema(description = "A script to speak in a sample's voice (or voice_profile_id: any voice of yours)",
        example = "{\"sample_id\":1,\"model_name\":\"My Custom Voice\",\"script_text\":\"Hello, this is a test of my cloned voice.\"}")
public record GenerationRequest(Long sampleId, String voiceProfileId,
                                @Size(max = 200, message = "At most 200 characters") String modelName,
                                @SpeakableText String scriptText, @SpokenLanguage String language, String format, String webhookUrl, JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with sample_id and script_text is required";
}
