package studio.loqui.media.render;

/** Told after every encoded frame; asked between frames whether the render should stop. */
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void framesDone(int done, int total);

    default boolean cancelled() {
        return false;
    }
}
