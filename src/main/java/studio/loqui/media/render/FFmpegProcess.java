package studio.loqui.media.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the FFmpeg executable with its arguments as an array (never a shell line), its error
 * output kept so that a failure can say what FFmpeg said, and a hard time limit.
 */
public final class FFmpegProcess implements AutoCloseable {

    private static final int ERROR_TAIL = 4000;

    private final Process process;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final Thread errorReader;

    private FFmpegProcess(Process process) {
        this.process = process;
        this.errorReader = new Thread(this::drainErrors, "ffmpeg-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    public static FFmpegProcess start(List<String> command) throws IOException {
        return new FFmpegProcess(new ProcessBuilder(command).start());
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Waits for the exit code, killing FFmpeg when it overruns {@code seconds}. */
    public int await(long seconds) throws IOException {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("FFmpeg did not finish within " + seconds + " s");
            }
            errorReader.join(2000);
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for FFmpeg", e);
        }
    }

    /** The end of what FFmpeg wrote to its error output. */
    public String errorTail() {
        synchronized (errors) {
            String text = errors.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
            return text.length() <= ERROR_TAIL ? text : text.substring(text.length() - ERROR_TAIL);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void drainErrors() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (errors) {
                    if (errors.size() > 64 * ERROR_TAIL) {
                        errors.reset();
                    }
                    errors.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // The process ended; what was read so far is all there is.
        }
    }
}
