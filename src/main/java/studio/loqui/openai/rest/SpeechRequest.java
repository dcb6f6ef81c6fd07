package studio.loqui.openai.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * OpenAI's speech request. {@code voice} is a name or id, or {@code {"id": ...}} as newer clients send it;
 * {@code instructions} is accepted and not followed (no engine here takes a speaking style in words);
 * {@code language} is this server's addition, the voice's own language when absent.
 */
public record SpeechRequest(String model, String input, JsonNode voice, String responseFormat, Double speed,
                            String instructions, String language) {

    String voiceName() {
        if (voice == null || voice.isNull()) {
            return null;
        }
        return voice.isObject() ? voice.path("id").asText(null) : voice.asText();
    }
}
