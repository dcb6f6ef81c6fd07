package studio.loqui.voice.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A voice profile made from an uploaded audio (or video) file",
        example = "{\"name\":\"My Voice\",\"audio_sample_id\":\"uuid-here\",\"language\":\"en\",\"description\":\"Professional voice for presentations\"}")
public record CreateProfileRequest(
        @NotBlank(message = NAME_RULE) @Size(max = 200, message = NAME_RULE) String name,
        @NotBlank(message = "The id of an uploaded audio or video file is required") String audioSampleId,
        @Pattern(regexp = LANGUAGE_CODE, message = "Use a language code such as en, es or pt-br") String language,
        @Pattern(regexp = "(?i)\\s*(male|female)?\\s*", message = "Use male or female, or leave it out to have it detected")
        String gender,
        @Size(max = 1000, message = "At most 1000 characters") String description) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with name and audio_sample_id is required";

    static final String NAME_RULE = "A name of 1 to 200 characters is required";
    /** As {@code VoiceService.language} reads it: any case, '_' for '-', blank for the default. */
    static final String LANGUAGE_CODE = "\\s*|\\s*[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})?\\s*";
}
