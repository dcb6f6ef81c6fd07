package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.speech.SpeakableText;
import studio.loqui.speech.SpokenLanguage;

@Schema(description = "Text to speak in a cloned voice",
        example = "{\"text\":\"Hello from my cloned voice.\",\"language\":\"en\",\"format\":\"mp3\"}")
public record SynthesizeRequest(@SpeakableText String text, @SpokenLanguage String language, String format, String webhookUrl, JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with text is required";
}
