package studio.loqui.film;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import studio.loqui.storage.Asset;

/**
 * The result of a film render: the stored video and, when this attempt rendered it, the work it took
 * ({@code work} is null, and its fields absent, when an earlier attempt stored the film).
 */
public record FilmRenderResult(String fileId, Double duration, Integer width, Integer height, long size,
                               @JsonUnwrapped Work work) {

    /** What rendering took, as {@link PriceTable} prices it; narration in seconds rounded to milliseconds. */
    public record Work(int images, int frames, double narrationSeconds, double actualCost) {
    }

    static FilmRenderResult of(Asset video, Work work) {
        return new FilmRenderResult(video.publicId, video.durationSeconds, video.width, video.height, video.sizeBytes,
                work);
    }
}
