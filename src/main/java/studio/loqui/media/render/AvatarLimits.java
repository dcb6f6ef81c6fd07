package studio.loqui.media.render;

/** What inputs a render accepts: the largest image (width x height) and the longest speech. */
public record AvatarLimits(long maxImagePixels, double maxAudioSeconds) {

    public static final AvatarLimits DEFAULTS = new AvatarLimits(40_000_000L, 600);
}
