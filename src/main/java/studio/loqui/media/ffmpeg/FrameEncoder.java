package studio.loqui.media.ffmpeg;

import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolResult;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Encodes frames drawn in Java, several at once, piped as raw YUV 4:2:0 to the bundled FFmpeg, with a soundtrack
 * into an MP4:
 * H.264 (OpenH264, the encoder it has) in yuv420p, mono AAC, its index up front. FFmpeg runs with its
 * arguments as an array, local files only and a time limit.
 */
public final class FrameEncoder {

    private static final long BASE_TIMEOUT_SECONDS = 120;

    /** The picture size, frame rate and H.264 bitrate of the video; the sample rate of its AAC sound. */
    public record Format(int width, int height, int fps, int bitsPerSecond, int audioSampleRate) {
    }

    /**
     * Draws frame {@code index} into {@code frame} (an RGB picture of the format's size, reused). Each of the
     * encoder's drawing threads has its own, and calls it for every so many frames, in order.
     */
    public interface Frames {
        void draw(BufferedImage frame, int index);
    }

    /** Told of every frame written; throws to stop (cancellation). */
    public interface Listener {
        void framesDone(int done, int total);
    }

    private final Path ffmpeg;

    public FrameEncoder(Path ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public static int frameCount(double seconds, int fps) {
        return Math.max(1, (int) Math.round(seconds * fps));
    }

    /** {@code sources} makes the {@link Frames} of one drawing thread each time it is asked. */
    public void encode(Format format, int frames, Supplier<Frames> sources, Path soundtrack, Path out,
                       Listener listener) throws IOException {
        ToolResult result = FFmpegFrames.run(ToolProcess.of(command(format, frames, soundtrack, out))
                .timeLimit(Duration.ofSeconds(BASE_TIMEOUT_SECONDS + frames / 5))
                .stdin(stdin -> {
                    try (OutputStream pipe = new BufferedOutputStream(stdin, 1 << 20)) {
                        FramePipeline.run(format, frames, sources, pipe, listener);
                    }
                }));
        if (!result.succeeded()) {
            throw new IOException("FFmpeg could not encode the video (exit " + result.exitCode() + "): "
                    + result.stderrTail().strip());
        }
    }

    private List<String> command(Format format, int frames, Path soundtrack, Path out) {
        int fps = format.fps();
        String seconds = String.format(Locale.ROOT, "%.3f", frames / (double) fps);
        return List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-protocol_whitelist", "file,pipe",
                "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", format.width() + "x" + format.height(),
                "-framerate", String.valueOf(fps), "-i", "pipe:0",
                "-protocol_whitelist", "file,pipe", "-i", soundtrack.toAbsolutePath().toString(),
                "-map", "0:v:0", "-map", "1:a:0",
                "-c:v", "libopenh264", "-b:v", String.valueOf(format.bitsPerSecond()),
                "-g", String.valueOf(2 * fps), "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k", "-ar", String.valueOf(format.audioSampleRate()), "-ac", "1",
                "-t", seconds, "-movflags", "+faststart", "-f", "mp4", out.toAbsolutePath().toString());
    }
}
