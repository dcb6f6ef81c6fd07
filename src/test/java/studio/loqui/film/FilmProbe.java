package studio.loqui.film;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.javacpp.Loader;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the bundled ffprobe and ffmpeg measure of a film: its streams, and the loudness of its sound. */
final class FilmProbe {

    private FilmProbe() {
    }

    static JsonNode probe(Path file) {
        try {
            return new ObjectMapper().readTree(run(List.of(tool("ffprobe"), "-v", "error", "-show_streams",
                    "-show_format", "-of", "json", file.toString())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Root-mean-square level (0 to 1) of the sound from {@code from} for {@code seconds}, mixed to mono. */
    static double rms(Path file, double from, double seconds) {
        byte[] pcm = run(List.of(tool("ffmpeg"), "-v", "error", "-ss", String.valueOf(from), "-t",
                String.valueOf(seconds), "-i", file.toString(), "-vn", "-ac", "1", "-ar", "16000", "-f", "s16le",
                "pipe:1"));
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int n = pcm.length / 2;
        for (int i = 0; i < n; i++) {
            double s = samples.getShort() / 32768.0;
            sum += s * s;
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }

    private static String tool(String name) {
        try {
            File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            File exe = dir.toPath().resolve(name).toFile();
            exe.setExecutable(true);
            return exe.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
