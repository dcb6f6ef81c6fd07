package studio.loqui.media.ffmpeg;

import com.github.kokorin.jaffree.LogLevel;
import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import com.github.kokorin.jaffree.ffmpeg.UrlOutput;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.system.LoquiConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /** Runs FFmpeg to the end; {@code stop} is asked every 200 ms and, once true, ends FFmpeg at once. */
    public void replace(Replacement replacement, LongConsumer progressMillis, BooleanSupplier stop) {
        AtomicLong done = new AtomicLong();
        FFmpegRun.toEnd(command(replacement, done), done, timeLimit, progressMillis, stop, "make the video");
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
}
