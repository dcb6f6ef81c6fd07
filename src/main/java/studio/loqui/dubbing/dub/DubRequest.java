package studio.loqui.dubbing.dub;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;

/**
 * A one-call dub: the video, the language it speaks, the one to dub it into and, optionally, one of the
 * caller's voices to dub with instead of the video's own speaker, and a transcript (SRT or WebVTT text) to
 * dub from instead of what recognition hears; {@code speaker_voices} maps speaker labels ({@code S1}, {@code S2},
 * ... in the order they first speak) to the caller's voices, the others keeping their own; {@code lip_sync: true}
 * makes the face in the video mouth the dubbed speech; {@code burn_captions: true} draws the target-language
 * cues into the picture besides the soft subtitle track; {@code slow_picture: true} lets a phrase that cannot fit
 * at 1.25x slow the picture under it rather than go faster.
 */
public record DubRequest(@NotBlank(message = "is required") String videoFileId, String sourceLanguage, @NotBlank(message = "is required") String targetLanguage, String voiceProfileId,
                         String outputFormat, String quality, String transcript,
                         java.util.Map<String, String> speakerVoices, String webhookUrl, JsonNode metadata,
                         Boolean lipSync, Boolean burnCaptions, Boolean slowPicture) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with video_file_id and target_language is required";
}
