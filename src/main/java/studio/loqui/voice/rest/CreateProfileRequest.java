package studio.loqui.voice.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A voice profile made from an uploaded audio (or video) file",
        example = "{\"name\":\"My Voice\",\"audio_sample_id\":\"uuid-here\",\"language\":\"en\",\"description\":\"Professional voice for presentations\"}")
public record CreateProfileRequest(String name, String audioSampleId, String language, String gender,
                                   String description) {
}
