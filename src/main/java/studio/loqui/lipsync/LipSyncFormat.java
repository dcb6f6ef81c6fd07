package studio.loqui.lipsync;


import studio.loqui.media.render.VideoLipSync;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The containers a lip-synced video is written in. WebM (VP8, Opus) re-encodes every frame at the quality's bit
 * rate. MP4 (H.264 by OpenH264, AAC) does too, except that from a source whose H.264 packets can be copied,
 * groups of pictures without a face are the source's own packets and decode to the source's very bytes. MKV is
 * lossless (FFV1 in RGB, FLAC): every frame without a face decodes to the very bytes the source's frame decodes to.
 */
public enum LipSyncFormat {
    MP4("mp4"),
    WEBM("webm"),
    MKV("matroska");

    private final String muxer;

    LipSyncFormat(String muxer) {
        this.muxer = muxer;
    }

    public static Optional<LipSyncFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** FFmpeg's name for the container. */
    public String muxer() {
        return muxer;
    }

    public boolean lossless() {
        return this == MKV;
    }

    /**
     * How FFmpeg encodes a picture of {@code width} x {@code height} at {@code quality}. MP4 copies the source's
     * own coded groups of pictures that show no face, when the source allows it.
     */
    public VideoLipSync.Encoding encoding(LipSyncQuality quality, int width, int height) {
        String videoBits = Long.toString(quality.videoBitRate(width, height));
        return switch (this) {
            case MP4 -> new VideoLipSync.Encoding(List.of("-vf", "crop=trunc(iw/2)*2:trunc(ih/2)*2", "-c:v", "libopenh264",
                    "-b:v", videoBits, "-pix_fmt", "yuv420p"), List.of("-c:a", "aac", "-b:a", quality.audioBitRate(),
                    "-ar", "48000", "-movflags", "+faststart"), muxer, true);
            case WEBM -> new VideoLipSync.Encoding(List.of("-c:v", "libvpx", "-b:v", videoBits,
                    "-deadline", "realtime", "-cpu-used", "8"), List.of("-c:a", "libopus", "-b:a", quality.audioBitRate(),
                    "-ar", "48000"), muxer, false);
            case MKV -> new VideoLipSync.Encoding(List.of("-c:v", "ffv1", "-level", "3", "-pix_fmt", "bgr0", "-g", "1",
                    "-slices", "4"), List.of("-c:a", "flac"), muxer, false);
        };
    }
}
