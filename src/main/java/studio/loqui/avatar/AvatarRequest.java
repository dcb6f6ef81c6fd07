package studio.loqui.avatar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import studio.loqui.media.render.AvatarRenderer;
import studio.loqui.speech.SpokenLanguage;
import studio.loqui.system.Unprocessable;

/**
 * A render request as seed 004 sends it, plus {@code text} + {@code voice_profile_id} instead of audio.
 * Seed 004 answers its validation errors with 422.
 */
public record AvatarRequest(
        @NotBlank(message = "is required", payload = Unprocessable.class) String imageFilename,
        String audioFilename,
        String text,
        String voiceProfileId,
        @SpokenLanguage(payload = Unprocessable.class) String language,
        @Min(value = AvatarRenderer.MIN_FPS, message = FPS_RULE, payload = Unprocessable.class)
        @Max(value = AvatarRenderer.MAX_FPS, message = FPS_RULE, payload = Unprocessable.class) Integer outputFps,
        Integer outputResolution) {

    /** What a request without a body is told. */
    public static final String REQUIRED = "A JSON body with image_filename and audio_filename is required";

    static final String FPS_RULE = "must be between " + AvatarRenderer.MIN_FPS + " and " + AvatarRenderer.MAX_FPS;
}
