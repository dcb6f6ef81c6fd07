package studio.loqui.dubbing.video;

import studio.loqui.dubbing.DubbedVideoPlan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

/**
 * The result of a generate-video job in seed 001's field names: the stored video and, when this attempt
 * encoded it, how ({@code encoding} is null, and its fields absent, when an earlier attempt stored the video).
 */
public record GenerateVideoResult(String fileId, String resultUrl, String outputFormat, String quality,
                                  Double duration, Integer width, Integer height, long size,
                                  @JsonUnwrapped Encoding encoding) {

    /** How the picture and sound were fitted together, seconds rounded to milliseconds. */
    public record Encoding(boolean videoCopied, double audioPaddedSeconds, double videoExtendedSeconds) {

        static Encoding of(DubbedVideoPlan plan) {
            return new Encoding(plan.copiesVideo(), round(plan.paddedAudioSeconds()),
                    round(plan.extendedVideoSeconds()));
        }
    }

    /** {@code plan} is null when an earlier attempt already stored the video. */
    static GenerateVideoResult of(Asset video, String quality, DubbedVideoPlan plan) {
        return new GenerateVideoResult(video.publicId, FileView.downloadUrl(video), video.format, quality,
                video.durationSeconds, video.width, video.height, video.sizeBytes,
                plan == null ? null : Encoding.of(plan));
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
