package studio.loqui.lipsync;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The containers a lip-synced video is written in. MP4 (H.264 by OpenH264, AAC) and WebM (VP8, Opus) re-encode
 * every frame at the quality's bit rate, so no frame comes out exactly as it went in; MKV is lossless (FFV1 in
 * RGB, FLAC): a frame without a face decodes to the very bytes the source's frame decodes to.
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

    /** FFmpeg output arguments for a picture of {@code width} x {@code height} at {@code quality}. */
    public List<String> arguments(LipSyncQuality quality, int width, int height) {
        List<String> args = new ArrayList<>();
        switch (this) {
            case MP4 -> {
                args.addAll(List.of("-vf", "crop=trunc(iw/2)*2:trunc(ih/2)*2", "-c:v", "libopenh264",
                        "-b:v", Long.toString(quality.videoBitRate(width, height)), "-pix_fmt", "yuv420p",
                        "-c:a", "aac", "-b:a", quality.audioBitRate(), "-ar", "48000", "-movflags", "+faststart"));
            }
            case WEBM -> args.addAll(List.of("-c:v", "libvpx", "-b:v", Long.toString(quality.videoBitRate(width, height)),
                    "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus", "-b:a", quality.audioBitRate(),
                    "-ar", "48000"));
            case MKV -> args.addAll(List.of("-c:v", "ffv1", "-level", "3", "-pix_fmt", "bgr0", "-g", "1",
                    "-slices", "4", "-c:a", "flac"));
        }
        return args;
    }
}
