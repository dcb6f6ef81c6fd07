package studio.loqui.media.render;

import studio.loqui.media.ffmpeg.FFmpegFrames;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolResult;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Encodes raw 4:2:0 frames piped to FFmpeg's standard input, together with the speech file, into an
 * H.264 (OpenH264, the encoder the bundled FFmpeg has) and AAC MP4 with its index up front.
 */
final class VideoEncoder {

    /** Supplies frame {@code index} as YUV 4:2:0 bytes. */
    interface FrameSource {
        byte[] frame(int index);
    }

    private static final long BASE_TIMEOUT_SECONDS = 120;
    // OpenH264 otherwise codes the first picture near QP 30 and the static background stays at about
    // 40 dB; a quantiser capped at 18 gave 42.4 dB, at 12 it stays above 45 dB. The still background
    // costs bits only in key frames.
    private static final int MAX_QP = 12;

    private final Path ffmpeg;

    VideoEncoder(Path ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    void encode(int side, int fps, int frames, Path audio, Path out, FrameSource source, ProgressListener listener)
            throws IOException {
        ToolResult result = FFmpegFrames.run(ToolProcess.of(command(side, fps, audio, out))
                .timeLimit(Duration.ofSeconds(BASE_TIMEOUT_SECONDS + frames / 10))
                .stdin(stdin -> writeFrames(stdin, frames, source, listener)));
        if (!result.succeeded()) {
            throw new IOException("FFmpeg could not encode the video (exit " + result.exitCode() + "): "
                    + result.stderrTail().strip());
        }
    }

    private static void writeFrames(OutputStream stdin, int frames, FrameSource source, ProgressListener listener)
            throws IOException {
        try (OutputStream pipe = new BufferedOutputStream(stdin, 1 << 20)) {
            for (int i = 0; i < frames; i++) {
                if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new RenderCancelledException(i);
                }
                pipe.write(source.frame(i));
                listener.framesDone(i + 1, frames);
            }
        }
    }

    private List<String> command(int side, int fps, Path audio, Path out) {
        String size = side + "x" + side;
        return List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-protocol_whitelist", "file,pipe",
                "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", size, "-framerate", String.valueOf(fps), "-i", "pipe:0",
                "-protocol_whitelist", "file,pipe", "-i", audio.toAbsolutePath().toString(),
                "-map", "0:v:0", "-map", "1:a:0",
                "-c:v", "libopenh264", "-b:v", bitrate(side, fps), "-qmin", "10", "-qmax", String.valueOf(MAX_QP),
                "-g", String.valueOf(2 * fps),
                "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "1",
                "-movflags", "+faststart", "-f", "mp4", out.toAbsolutePath().toString());
    }

    // A target the rate control rarely reaches: only the animated head changes between frames.
    private static String bitrate(int side, int fps) {
        long bits = (long) (side * (long) side * fps * 0.5);
        return String.valueOf(Math.max(1_000_000L, bits));
    }
}
