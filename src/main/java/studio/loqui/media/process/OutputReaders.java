package studio.loqui.media.process;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads programs' output and error streams to their end on daemon threads of their own, so that a
 * blocking read never occupies the common pool, a request thread or a job thread.
 */
final class OutputReaders {

    static final int ERROR_TAIL_BYTES = 2048;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tool-output-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private OutputReaders() {
    }

    /** All of standard output up to just past {@code limit}, or nothing kept when lines go to {@code lines}. */
    static Future<byte[]> readStdout(InputStream stream, Consumer<String> lines, long limit) {
        return READERS.submit(() -> lines == null ? readLimited(stream, limit) : readLines(stream, lines));
    }

    /** Hands standard output to {@code chunks} as it arrives, in pieces of at most 64 KiB, until it ends. */
    static Future<?> streamStdout(InputStream stream, Consumer<byte[]> chunks) {
        return READERS.submit(() -> {
            byte[] buffer = new byte[1 << 16];
            try (stream) {
                for (int n; (n = stream.read(buffer)) > 0; ) {
                    chunks.accept(java.util.Arrays.copyOf(buffer, n));
                }
            } catch (IOException ignored) {
                // As below: the stream closed with the program.
            }
            return null;
        });
    }

    /** The last {@value #ERROR_TAIL_BYTES} bytes of the error output, as text. */
    static Future<String> readTail(InputStream stream) {
        return READERS.submit(() -> tail(stream));
    }

    static <T> T result(Future<T> reading) {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a program's output failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a program's output", e);
        }
    }

    static String resultWithin(Future<String> reading, Duration wait) {
        try {
            return reading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static byte[] readLimited(InputStream stream, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        byte[] buffer = new byte[1 << 16];
        try (stream) {
            for (int n; (n = stream.read(buffer)) > 0 && out.size() <= limit; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException ignored) {
            // The program ended or was killed; what was read so far is all there is.
        }
        return out.toByteArray();
    }

    private static byte[] readLines(InputStream stream, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // As above: the stream closed with the program.
        }
        return new byte[0];
    }

    private static String tail(InputStream stream) {
        byte[] ring = new byte[ERROR_TAIL_BYTES];
        long total = 0;
        byte[] buffer = new byte[4096];
        try (stream) {
            for (int n; (n = stream.read(buffer)) > 0; total += n) {
                for (int i = 0; i < n; i++) {
                    ring[(int) ((total + i) % ERROR_TAIL_BYTES)] = buffer[i];
                }
            }
        } catch (IOException ignored) {
            // As above.
        }
        return unwind(ring, total);
    }

    private static String unwind(byte[] ring, long total) {
        int size = (int) Math.min(total, ERROR_TAIL_BYTES);
        byte[] ordered = new byte[size];
        long start = total - size;
        for (int i = 0; i < size; i++) {
            ordered[i] = ring[(int) ((start + i) % ERROR_TAIL_BYTES)];
        }
        return new String(ordered, StandardCharsets.UTF_8);
    }
}
