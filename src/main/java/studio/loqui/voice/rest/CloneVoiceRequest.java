package studio.loqui.voice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.speech.SpeakableText;
import studio.loqui.speech.SpokenLanguage;

@Schema(description = "Speak text_content in target_language with a profile's voice, or the voice of the speaker in audio_file_id",
        example = "{\"audio_file_id\":\"uuid-here\",\"target_language\":\"es\",\"voice_profile_id\":\"uuid-here\",\"text_content\":\"Translated text to speak\"}")
public record CloneVoiceRequest(String audioFileId, @SpokenLanguage String targetLanguage, String voiceProfileId,
                                @SpeakableText String textContent,
                                String format, String webhookUrl, JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with text_content and voice_profile_id or audio_file_id is required";
}
