package studio.loqui.media.render;

import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads with FFprobe the size, frame rate and length of a video's first picture stream. */
final class VideoFrames {

    /** The picture's size in pixels, frames a second (and as FFmpeg writes the rate) and length in seconds. */
    record Stream(int width, int height, double fps, String rate, double durationSeconds) {
    }

    private static final double MAX_FPS = 120;

    private final Path ffprobe;

    VideoFrames(Path ffprobe) {
        this.ffprobe = ffprobe;
    }

    Stream stream(Path video) {
        if (!Files.isRegularFile(video)) {
            throw new VideoRejectedException("Video file not found: " + video.getFileName());
        }
        ToolResult result = ToolProcess.of(List.of(ffprobe.toString(), "-v", "error", "-select_streams", "v:0",
                        "-show_entries", "stream=width,height,avg_frame_rate,r_frame_rate,duration:format=duration",
                        "-of", "default=noprint_wrappers=1", "-protocol_whitelist", "file",
                        video.toAbsolutePath().toString()))
                .timeLimit(Duration.ofSeconds(30)).run();
        Map<String, String> fields = new HashMap<>();
        for (String line : result.stdoutText().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        int width = integer(fields.get("width"));
        int height = integer(fields.get("height"));
        if (!result.succeeded() || width <= 0 || height <= 0) {
            throw new VideoRejectedException("The file has no video picture that can be decoded");
        }
        String text = fields.get("avg_frame_rate");
        double fps = rate(text);
        if (!(fps > 0 && fps <= MAX_FPS)) {
            text = fields.get("r_frame_rate");
            fps = rate(text);
        }
        if (!(fps > 0 && fps <= MAX_FPS)) {
            throw new VideoRejectedException("The video's frame rate cannot be read");
        }
        double duration = number(fields.get("duration"));
        return new Stream(width, height, fps, text, duration > 0 ? duration : 0);
    }

    private static int integer(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double number(String value) {
        try {
            return value == null || "N/A".equals(value) ? 0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double rate(String value) {
        if (value == null) {
            return 0;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return number(value);
        }
        double den = number(value.substring(slash + 1));
        return den > 0 ? number(value.substring(0, slash)) / den : 0;
    }
}
