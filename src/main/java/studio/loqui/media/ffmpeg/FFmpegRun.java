package studio.loqui.media.ffmpeg;

import studio.loqui.media.EngineFailed;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;
import studio.loqui.media.process.ToolRun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * FFmpeg's conventions on top of {@link ToolProcess}: no banner, no keyboard, errors only, output files
 * overwritten, progress read from {@code -progress pipe:1} in milliseconds of media done, and a
 * failure that carries what FFmpeg said.
 */
public final class FFmpegRun {

    /** FFmpeg did not finish: stopped on request, over time, or failed (its error in the message). */
    public static class FFmpegRunException extends EngineFailed {
        public final boolean stopped;

        FFmpegRunException(String message, boolean stopped, Throwable cause) {
            super(message, cause);
            this.stopped = stopped;
        }
    }

    private FFmpegRun() {
    }

    /** The full command line: {@code ffmpeg} with the usual quiet options, then {@code arguments}. */
    public static List<String> command(Path ffmpeg, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin",
                "-loglevel", "error", "-y"));
        command.addAll(arguments);
        return command;
    }

    /**
     * Runs FFmpeg writing files to its end. {@code progressMillis} hears how much media is done every
     * 200 ms; {@code stop} is asked as often and, once true, ends FFmpeg at once.
     *
     * @param failure what the work is, for the message when FFmpeg fails ("extract the audio")
     */
    public static void toEnd(Path ffmpeg, List<String> arguments, Duration limit, LongConsumer progressMillis,
                             BooleanSupplier stop, String failure) {
        List<String> withProgress = new ArrayList<>(List.of("-progress", "pipe:1", "-nostats"));
        withProgress.addAll(arguments);
        FFmpegProgress progress = new FFmpegProgress();
        ToolRun run = ToolProcess.of(command(ffmpeg, withProgress)).timeLimit(limit).stopWhen(stop)
                .stdoutLines(progress).whileWaiting(() -> progressMillis.accept(progress.millis()));
        requireSuccess(run(run, limit), failure);
    }

    /** Runs FFmpeg writing to {@code pipe:1} and returns those bytes. */
    public static byte[] toBytes(Path ffmpeg, List<String> arguments, Duration limit, String failure) {
        ToolResult result = run(ToolProcess.of(command(ffmpeg, arguments)).timeLimit(limit), limit);
        requireSuccess(result, failure);
        return result.stdout();
    }

    private static ToolResult run(ToolRun run, Duration limit) {
        try {
            return run.run();
        } catch (ToolProcessException e) {
            String message = e.reason() == ToolProcessException.Reason.TIMED_OUT
                    ? "FFmpeg did not finish within " + limit.toSeconds() + " s" : e.getMessage();
            throw new FFmpegRunException(message, e.stopped(), e);
        }
    }

    private static void requireSuccess(ToolResult result, String failure) {
        if (!result.succeeded()) {
            throw new FFmpegRunException("FFmpeg could not " + failure + ": " + reason(result), false, null);
        }
    }

    private static String reason(ToolResult result) {
        String line = result.lastErrorLine();
        String message = line.isEmpty() ? "exit code " + result.exitCode() : line;
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
