package studio.loqui.media.inspect;

/** What was measured of a file: its container and kind, and the figures that apply to that kind. */
public record MediaInfo(
        ContainerFormat container,
        MediaKind kind,
        String mimeType,
        String extension,
        Double durationSeconds,
        Integer sampleRate,
        Integer channels,
        Integer width,
        Integer height,
        String codec) {
}
