package studio.loqui.media.render;

/** What a finished render produced: the video's length in seconds and the frames really encoded. */
public record RenderResult(double durationSeconds, int framesGenerated) {
}
