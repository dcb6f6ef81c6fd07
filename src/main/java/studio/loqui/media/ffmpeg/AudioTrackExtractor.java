package studio.loqui.media.ffmpeg;

import com.github.kokorin.jaffree.LogLevel;
import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import com.github.kokorin.jaffree.ffmpeg.UrlOutput;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.system.LoquiConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Copies the first audio track of a media file into an audio file of a given codec and sample rate, with the
 * bundled FFmpeg: local files only ({@code -protocol_whitelist file,pipe}), a time limit, progress in
 * milliseconds of media done, and a forced stop when the caller says so.
 */
@ApplicationScoped
public class AudioTrackExtractor {

    private final FFmpegBinaries binaries;
    private final Duration timeLimit;

    public AudioTrackExtractor(FFmpegBinaries binaries, LoquiConfig config) {
        this.binaries = binaries;
        this.timeLimit = Duration.ofSeconds(config.media().ffmpegTimeoutSeconds());
    }

    /** What to make: the output file (its extension names the container), its codec and sample rate. */
    public record Target(Path file, String codec, int sampleRate) {
    }

    /**
     * Runs FFmpeg to the end. {@code progressMillis} hears how much media is done; {@code stop} is asked
     * every 200 ms and, once true, ends FFmpeg at once.
     */
    public void extract(Path source, Target target, LongConsumer progressMillis, BooleanSupplier stop) {
        AtomicLong done = new AtomicLong();
        FFmpegRun.toEnd(command(source, target, done), done, timeLimit, progressMillis, stop, "extract the audio");
    }

    private FFmpeg command(Path source, Target target, AtomicLong done) {
        return FFmpeg.atPath(binaries.directory())
                .addInput(UrlInput.fromPath(source).addArguments("-protocol_whitelist", "file,pipe"))
                .addArguments("-map", "0:a:0")
                .addOutput(UrlOutput.toPath(target.file())
                        .disableStream(StreamType.VIDEO)
                        .disableStream(StreamType.SUBTITLE)
                        .disableStream(StreamType.DATA)
                        .setCodec(StreamType.AUDIO, target.codec())
                        .addArguments("-ar", Integer.toString(target.sampleRate())))
                .setOverwriteOutput(true)
                .setLogLevel(LogLevel.ERROR)
                .setProgressListener(progress -> {
                    if (progress.getTimeMillis() != null) {
                        done.set(progress.getTimeMillis());
                    }
                });
    }
}
