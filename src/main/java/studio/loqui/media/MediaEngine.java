package studio.loqui.media;

/**
 * A media engine (FFmpeg, a TTS, a recogniser, ...). Health lists every engine with whether it can be
 * used here, so a missing system package is reported instead of failing later.
 */
public interface MediaEngine {

    /** Short stable name, e.g. {@code ffmpeg}, {@code espeak-ng}. */
    String name();

    /** Whether the engine can be used on this installation. */
    boolean available();

    /** What the engine is (version, path) or why it is missing and how to install it. */
    String detail();

    /** Throws a 503 naming this engine when it is missing. */
    default void requireAvailable() {
        if (!available()) {
            throw new EngineUnavailable(name(), detail());
        }
    }
}
