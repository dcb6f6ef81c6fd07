package studio.loqui.media.ffmpeg;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.MediaConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    public AudioTrackExtractor(FFmpegBinaries binaries, MediaConfig config) {
        this.binaries = binaries;
        this.timeLimit = Duration.ofSeconds(config.ffmpegTimeoutSeconds());
    }

    /** What to make: the output file (its extension names the container), its codec and sample rate. */
    public record Target(Path file, String codec, int sampleRate) {
    }

    /**
     * Runs FFmpeg to the end. {@code progressMillis} hears how much media is done; {@code stop} is asked
     * every 200 ms and, once true, ends FFmpeg at once.
     */
    public void extract(Path source, Target target, LongConsumer progressMillis, BooleanSupplier stop) {
        FFmpegRun.toEnd(binaries.ffmpeg(), arguments(source, target), timeLimit, progressMillis, stop,
                "extract the audio");
    }

    private static List<String> arguments(Path source, Target target) {
        return List.of("-protocol_whitelist", "file,pipe", "-i", source.toAbsolutePath().toString(),
                "-map", "0:a:0", "-vn", "-sn", "-dn",
                "-c:a", target.codec(), "-ar", Integer.toString(target.sampleRate()),
                target.file().toAbsolutePath().toString());
    }
}
