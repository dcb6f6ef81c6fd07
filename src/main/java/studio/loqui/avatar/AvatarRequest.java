package studio.loqui.avatar;

/** A render request as seed 004 sends it, plus {@code text} + {@code voice_profile_id} instead of audio. */
public record AvatarRequest(String imageFilename, String audioFilename, String text, String voiceProfileId,
                            String language, Integer outputFps, Integer outputResolution) {
}
