package studio.loqui.media.ffmpeg;

import com.github.kokorin.jaffree.LogLevel;
import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.FFmpegResultFuture;
import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import com.github.kokorin.jaffree.ffmpeg.UrlOutput;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.system.LoquiConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Writes a video's picture (its first video stream) with the sound of another file (its first audio stream)
 * into one file, with the bundled FFmpeg: local files only ({@code -protocol_whitelist file,pipe}), a time
 * limit, progress in milliseconds of output done, and a forced stop when the caller says so. How the streams
 * are encoded is the caller's choice, given as output arguments.
 */
@ApplicationScoped
public class AudioTrackReplacer {

    private static final long POLL_MILLIS = 200;

    private final FFmpegBinaries binaries;
    private final Duration timeLimit;

    public AudioTrackReplacer(FFmpegBinaries binaries, LoquiConfig config) {
        this.binaries = binaries;
        this.timeLimit = Duration.ofSeconds(config.media().ffmpegTimeoutSeconds());
    }

    /**
     * @param output          the file to write; its extension names the container
     * @param outputArguments codecs, filters and limits as FFmpeg arguments, e.g. {@code -c:v copy}
     */
    public record Replacement(Path video, Path audio, Path output, List<String> outputArguments) {
    }

    /** FFmpeg did not finish: stopped on request, over time, or failed (its error output in the message). */
    public static class ReplacementException extends RuntimeException {
        public final boolean stopped;

        ReplacementException(String message, boolean stopped, Throwable cause) {
            super(message, cause);
            this.stopped = stopped;
        }
    }

    /** Runs FFmpeg to the end; {@code stop} is asked every 200 ms and, once true, ends FFmpeg at once. */
    public void replace(Replacement replacement, LongConsumer progressMillis, BooleanSupplier stop) {
        AtomicLong done = new AtomicLong();
        FFmpegResultFuture run = command(replacement, done).executeAsync();
        try {
            await(run, done, progressMillis, stop);
        } catch (RuntimeException e) {
            if (!run.isDone()) {
                run.forceStop();
            }
            throw e;
        }
    }

    private void await(FFmpegResultFuture run, AtomicLong done, LongConsumer progressMillis, BooleanSupplier stop) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        while (true) {
            try {
                run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                progressMillis.accept(done.get());
                if (stop.getAsBoolean()) {
                    throw new ReplacementException("stopped on request", true, null);
                }
                if (System.nanoTime() > deadline) {
                    throw new ReplacementException("FFmpeg took longer than " + timeLimit.toSeconds() + " s", false, null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReplacementException("interrupted", true, e);
            } catch (ExecutionException e) {
                throw new ReplacementException("FFmpeg could not make the video: " + rootMessage(e), false, e);
            }
        }
    }

    private FFmpeg command(Replacement replacement, AtomicLong done) {
        UrlOutput output = UrlOutput.toPath(replacement.output());
        List<String> args = replacement.outputArguments();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            output.addArguments(args.get(i), args.get(i + 1));
        }
        return FFmpeg.atPath(binaries.directory())
                .addInput(UrlInput.fromPath(replacement.video()).addArguments("-protocol_whitelist", "file,pipe"))
                .addInput(UrlInput.fromPath(replacement.audio()).addArguments("-protocol_whitelist", "file,pipe"))
                .addArguments("-map", "0:v:0")
                .addArguments("-map", "1:a:0")
                .addOutput(output)
                .setOverwriteOutput(true)
                .setLogLevel(LogLevel.ERROR)
                .setProgressListener(progress -> {
                    if (progress.getTimeMillis() != null) {
                        done.set(progress.getTimeMillis());
                    }
                });
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
