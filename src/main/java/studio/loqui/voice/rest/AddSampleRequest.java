package studio.loqui.voice.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A further recording of a voice's speaker: the id of an uploaded audio or video file",
        example = "{\"file_id\":\"3f1c2a7e-9b1d-4c55-8f7e-2d6a1b0c9e41\"}")
public record AddSampleRequest(@NotBlank(message = "The id of an uploaded audio or video file is required") String fileId) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with file_id is required";
}
