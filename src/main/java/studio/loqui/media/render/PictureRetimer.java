package studio.loqui.media.render;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.ffmpeg.FFmpegRun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * A video's picture played slower over some stretches, at its own constant frame rate: each frame's time is
 * mapped (FFmpeg {@code setpts} with a piecewise linear expression) and frames are repeated to fill the slowed
 * stretches ({@code fps}). Written without sound, in a lossless form to be encoded once more.
 */
@ApplicationScoped
public class PictureRetimer {

    /** The original's {@code [fromSeconds, toSeconds)} lasts {@code factor} times as long. */
    public record Slowed(double fromSeconds, double toSeconds, double factor) {
    }

    /** How the retimed picture is written: FFmpeg output arguments and the container. */
    public record Encoding(List<String> videoArguments, String container) {
    }

    private final Path ffmpeg;
    private final VideoFrames probe;
    private final Duration timeLimit;

    public PictureRetimer(FFmpegBinaries binaries, MediaConfig config) {
        this.ffmpeg = binaries.ffmpeg();
        this.probe = new VideoFrames(binaries.ffprobe());
        this.timeLimit = Duration.ofSeconds(config.ffmpegTimeoutSeconds());
    }

    /**
     * Writes {@code out}, {@code outputSeconds} long: the picture of {@code video} with {@code slowed} stretches
     * slowed; the last frame is held if the mapping leaves the end short.
     */
    public void retime(Path video, List<Slowed> slowed, double outputSeconds, Encoding encoding, Path out,
                       LongConsumer progressMillis, BooleanSupplier stop) {
        VideoFrames.Stream stream = probe.stream(video);
        String filters = "setpts='(" + mapping(slowed) + ")/TB',fps=" + stream.rate()
                + ",tpad=stop_mode=clone:stop_duration=1";
        List<String> args = new ArrayList<>(List.of("-protocol_whitelist", "file,pipe",
                "-i", video.toAbsolutePath().toString(), "-map", "0:v:0", "-an", "-sn", "-vf", filters));
        args.addAll(encoding.videoArguments());
        args.addAll(List.of("-t", seconds(outputSeconds), "-f", encoding.container(), out.toAbsolutePath().toString()));
        FFmpegRun.toEnd(ffmpeg, args, timeLimit, progressMillis, stop, "slow the picture");
    }

    /** The output time of a frame at input time {@code T}: each slowed stretch before it adds its extra length. */
    static String mapping(List<Slowed> slowed) {
        StringBuilder expression = new StringBuilder("T");
        for (Slowed s : slowed) {
            expression.append(String.format(Locale.ROOT, "+%.6f*clip(T-%.6f,0,%.6f)", s.factor() - 1,
                    s.fromSeconds(), s.toSeconds() - s.fromSeconds()));
        }
        return expression.toString();
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
