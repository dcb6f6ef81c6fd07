package studio.loqui.media.ffmpeg;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.MediaConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Writes a video's picture (its first video stream) with the sound of another file (its first audio stream)
 * into one file, with the bundled FFmpeg: local files only ({@code -protocol_whitelist file,pipe}), a time
 * limit, progress in milliseconds of output done, and a forced stop when the caller says so. A subtitle file
 * (SRT or WebVTT), when given, becomes the output's subtitle stream. How the streams are encoded is the
 * caller's choice, given as output arguments.
 */
@ApplicationScoped
public class AudioTrackReplacer {

    private final FFmpegBinaries binaries;
    private final Duration timeLimit;

    public AudioTrackReplacer(FFmpegBinaries binaries, MediaConfig config) {
        this.binaries = binaries;
        this.timeLimit = Duration.ofSeconds(config.ffmpegTimeoutSeconds());
    }

    /**
     * @param output          the file to write; its extension names the container
     * @param outputArguments codecs, filters and limits as FFmpeg arguments, e.g. {@code -c:v copy}
     * @param subtitles       a subtitle file to carry as a soft track, or null for none
     */
    public record Replacement(Path video, Path audio, Path subtitles, Path output, List<String> outputArguments) {

        public Replacement(Path video, Path audio, Path output, List<String> outputArguments) {
            this(video, audio, null, output, outputArguments);
        }
    }

    /** Runs FFmpeg to the end; {@code stop} is asked every 200 ms and, once true, ends FFmpeg at once. */
    public void replace(Replacement replacement, LongConsumer progressMillis, BooleanSupplier stop) {
        FFmpegRun.toEnd(binaries.ffmpeg(), arguments(replacement), timeLimit, progressMillis, stop, "make the video");
    }

    private static List<String> arguments(Replacement replacement) {
        List<String> args = new ArrayList<>();
        List<Path> inputs = new ArrayList<>(List.of(replacement.video(), replacement.audio()));
        if (replacement.subtitles() != null) {
            inputs.add(replacement.subtitles());
        }
        for (Path input : inputs) {
            args.addAll(List.of("-protocol_whitelist", "file,pipe", "-i", input.toAbsolutePath().toString()));
        }
        args.addAll(List.of("-map", "0:v:0", "-map", "1:a:0"));
        if (replacement.subtitles() != null) {
            args.addAll(List.of("-map", "2:s:0"));
        }
        args.addAll(replacement.outputArguments());
        args.add(replacement.output().toAbsolutePath().toString());
        return args;
    }
}
