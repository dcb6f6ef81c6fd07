package studio.loqui.media.render;

import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * FFmpeg without re-encoding the picture: a video's H.264 stream as Annex B (parameter sets before every key
 * frame), and an Annex B stream muxed with new sound, one frame per packet at a constant rate.
 */
final class H264Remux {

    private final Path ffmpeg;

    H264Remux(Path ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    void annexB(Path video, Path out, Duration limit) throws IOException {
        run(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y", "-nostdin",
                "-protocol_whitelist", "file", "-i", video.toAbsolutePath().toString(), "-map", "0:v:0",
                "-c:v", "copy", "-bsf:v", "h264_mp4toannexb", "-f", "h264",
                out.toAbsolutePath().toString()), limit, "extract the source's picture");
    }

    /**
     * Muxes {@code stream} at {@code rate} frames a second with {@code audio} through {@code soundFilter},
     * cut to the picture's length, encoded by {@code soundArguments}.
     */
    void mux(Path stream, VideoFrames.Stream picture, Path audio, String soundFilter, List<String> soundArguments,
             String container, Path out, Duration limit) throws IOException {
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-nostdin", "-protocol_whitelist", "file", "-f", "h264", "-i", stream.toAbsolutePath().toString(),
                "-protocol_whitelist", "file", "-i", audio.toAbsolutePath().toString(),
                "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy",
                "-bsf:v", "setts=ts=N:duration=1:time_base=" + frameDuration(picture.rate()),
                "-af", soundFilter, "-shortest"));
        command.addAll(soundArguments);
        command.addAll(List.of("-f", container, out.toAbsolutePath().toString()));
        run(command, limit, "mux the picture with the new sound");
    }

    /** One frame's length as a fraction of a second: the inverse of FFmpeg's rate text ("25/1", "30000/1001", "25"). */
    static String frameDuration(String rate) {
        int slash = rate.indexOf('/');
        return slash < 0 ? "1/" + rate : rate.substring(slash + 1) + "/" + rate.substring(0, slash);
    }

    private static void run(List<String> command, Duration limit, String what) throws IOException {
        ToolResult result = ToolProcess.of(command).timeLimit(limit).run();
        if (!result.succeeded()) {
            throw new IOException("FFmpeg could not " + what + " (exit " + result.exitCode() + "): "
                    + result.stderrTail().strip());
        }
    }
}
