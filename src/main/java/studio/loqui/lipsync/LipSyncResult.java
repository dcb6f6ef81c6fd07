package studio.loqui.lipsync;

import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

/**
 * The result of a lip-sync job: the stored video and, when this attempt made it, how many frames it has, how
 * many showed a face that was lip-synced and how many went through unchanged, with a note when none had a face,
 * and for MP4 how the picture was coded: which face-less groups of pictures were copied from the source, or why
 * every frame was re-encoded.
 */
public record LipSyncResult(String fileId, String resultUrl, String outputFormat, String quality, Double duration,
                            Integer width, Integer height, long size, Integer frames, Integer framesWithFace,
                            Integer framesPassedThrough, String message, String pictureNote) {

    static final String NO_FACE = "No face was found in any frame: every frame went through unchanged, with the new sound";

    /** {@code made} is null when an earlier attempt already stored the video. */
    static LipSyncResult of(Asset video, LipSyncInput input, studio.loqui.media.render.LipSyncResult made) {
        String message = made == null ? null : made.framesWithFace() == 0 ? NO_FACE
                : made.framesWithFace() + " of " + made.frames() + " frames lip-synced";
        return new LipSyncResult(video.publicId, FileView.downloadUrl(video), input.outputFormat(), input.quality(),
                made == null ? video.durationSeconds : round(made.durationSeconds()), video.width, video.height,
                video.sizeBytes, made == null ? null : made.frames(), made == null ? null : made.framesWithFace(),
                made == null ? null : made.framesPassedThrough(), message, made == null ? null : made.pictureNote());
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
