package studio.loqui.avatar;

/**
 * What an {@code avatar} job renders: a portrait (asset id) speaking either an audio file (asset id) or
 * text in a voice of the owner's, at a frame rate and square resolution.
 */
public record AvatarInput(long imageAssetId, Long audioAssetId, Long voiceId, String text, String language,
                          int fps, int resolution) {
}
