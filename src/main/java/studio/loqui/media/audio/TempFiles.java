package studio.loqui.media.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * In-memory media goes to FFmpeg as a private temporary file, so that every input takes the
 * same path: the {@code file,pipe} protocol and container whitelists, and a demuxer that can seek.
 */
final class TempFiles {

    private TempFiles() {
    }

    static <T> T withFile(byte[] content, String suffix, Function<Path, T> action) {
        Path file = null;
        try {
            file = Files.createTempFile("loqui-audio-", suffix);
            Files.write(file, content);
            return action.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write temporary audio file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temp directory is cleaned by the system; nothing else to do
            }
        }
    }
}
