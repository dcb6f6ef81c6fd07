package studio.loqui.dubbing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The containers generate-video writes, with the encoders this FFmpeg build has for them (H.264 by
 * {@code libopenh264}, AAC and timed text; VP8 by {@code libvpx}, Opus and WebVTT) and the source video codecs
 * each can carry unchanged.
 */
public enum DubbedVideoFormat {
    MP4("libopenh264", "aac", "mov_text", Set.of("h264", "hevc", "mpeg4"), List.of("-movflags", "+faststart")),
    WEBM("libvpx", "libopus", "webvtt", Set.of("vp8", "vp9", "av1"), List.of("-deadline", "realtime", "-cpu-used", "8"));

    private final String videoEncoder;
    private final String audioEncoder;
    private final String subtitleEncoder;
    private final Set<String> copyableCodecs;
    private final List<String> extraArguments;

    DubbedVideoFormat(String videoEncoder, String audioEncoder, String subtitleEncoder, Set<String> copyableCodecs,
                      List<String> extraArguments) {
        this.videoEncoder = videoEncoder;
        this.audioEncoder = audioEncoder;
        this.subtitleEncoder = subtitleEncoder;
        this.copyableCodecs = copyableCodecs;
        this.extraArguments = extraArguments;
    }

    public static Optional<DubbedVideoFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String videoEncoder() {
        return videoEncoder;
    }

    public String audioEncoder() {
        return audioEncoder;
    }

    /** The soft-subtitle codec the container carries: 3GPP timed text in MP4, WebVTT in WebM. */
    public String subtitleEncoder() {
        return subtitleEncoder;
    }

    public boolean canCarry(String videoCodec) {
        return videoCodec != null && copyableCodecs.contains(videoCodec.toLowerCase(Locale.ROOT));
    }

    public List<String> extraArguments() {
        return extraArguments;
    }
}
