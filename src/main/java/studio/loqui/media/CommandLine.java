package studio.loqui.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with arguments as an array (never through a shell), text on standard input, and a
 * time limit after which the process is killed.
 */
public final class CommandLine {

    /** Exit code, standard output and the tail of standard error of a finished command. */
    public record Outcome(int exitCode, byte[] stdout, String stderr) {
    }

    private CommandLine() {
    }

    public static Outcome run(List<String> command, String stdin, Duration limit) throws IOException {
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + limit.toSeconds() + " s");
            }
            String stderr = new String(err.join(), StandardCharsets.UTF_8);
            return new Outcome(process.exitValue(), out.join(),
                    stderr.length() > 500 ? stderr.substring(stderr.length() - 500) : stderr);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }
}
