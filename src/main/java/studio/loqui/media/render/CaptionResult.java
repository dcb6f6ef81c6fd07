package studio.loqui.media.render;

/** What a caption burn did: the frames it passed through and how many of them carry a caption. */
public record CaptionResult(int frames, int captionedFrames, double fps) {
}
