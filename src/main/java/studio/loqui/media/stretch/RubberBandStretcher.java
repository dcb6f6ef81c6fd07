package studio.loqui.media.stretch;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.process.ToolProcess;
import studio.loqui.media.process.ToolProcessException;
import studio.loqui.media.process.ToolResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Time stretching by the Rubber Band command-line tool (Debian's {@code rubberband-cli}), tuned for speech
 * ({@code --crisp 6}, for sharp consonants). The recording goes through private temporary WAV files.
 */
@ApplicationScoped
public class RubberBandStretcher implements TimeStretcher {

    private static final String EXECUTABLE = "rubberband";
    private static final Duration TIME_LIMIT = Duration.ofMinutes(1);
    /** Tempo changes smaller than this are inaudible and not worth a pass through the tool. */
    private static final double UNCHANGED = 0.005;

    private final AudioDecoder decoder;

    public RubberBandStretcher(AudioDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public PcmAudio changeTempo(PcmAudio audio, double tempo) {
        if (!(tempo > 0)) {
            throw new IllegalArgumentException("tempo must be positive: " + tempo);
        }
        if (Math.abs(tempo - 1) < UNCHANGED || audio.length() == 0) {
            return audio;
        }
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("loqui-stretch-in-", ".wav");
            out = Files.createTempFile("loqui-stretch-out-", ".wav");
            Files.write(in, WavFiles.encode(audio));
            ToolResult result = ToolProcess.of(List.of(EXECUTABLE, "--quiet", "--crisp", "6",
                    "--tempo", String.format(Locale.ROOT, "%.5f", tempo), in.toString(), out.toString()))
                    .timeLimit(TIME_LIMIT).run();
            if (!result.succeeded()) {
                throw new StretchException("Rubber Band failed: " + result.lastErrorLine());
            }
            return decoder.decode(out, audio.sampleRate());
        } catch (ToolProcessException | AudioDecodingException e) {
            throw new StretchException("Rubber Band could not run (apt-get install rubberband-cli): " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write temporary audio for time stretching", e);
        } finally {
            delete(in);
            delete(out);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is the system's to clean
            }
        }
    }
}
