package studio.loqui.media.render;

/** A line of text shown from {@code start} to {@code end} seconds into a video. */
public record Caption(double start, double end, String text) {

    boolean shownAt(double seconds) {
        return seconds >= start && seconds < end;
    }
}
