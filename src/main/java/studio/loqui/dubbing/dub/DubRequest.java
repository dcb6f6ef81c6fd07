package studio.loqui.dubbing.dub;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;

/**
 * A one-call dub: the video, the language it speaks, the one to dub it into and, optionally, one of the
 * caller's voices to dub with instead of the video's own speaker, and a transcript (SRT or WebVTT text) to
 * dub from instead of what recognition hears.
 */
public record DubRequest(@NotBlank(message = "is required") String videoFileId, String sourceLanguage, @NotBlank(message = "is required") String targetLanguage, String voiceProfileId,
                         String outputFormat, String quality, String transcript, String webhookUrl,
                         JsonNode metadata) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with video_file_id and target_language is required";
}
