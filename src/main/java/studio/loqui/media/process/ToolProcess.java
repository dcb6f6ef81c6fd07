package studio.loqui.media.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one place Loqui starts an external program (FFmpeg, ffprobe, eSpeak NG, PocketSphinx, Apertium):
 * arguments as an array, never a shell line; input written from the caller's thread; output and error
 * output read on {@link OutputReaders}' own threads; a time limit and a stop on request, both of which
 * kill the program at once. Build a run with {@link #of(List)}.
 */
public final class ToolProcess {

    private static final long POLL_MILLIS = 200;

    private final ToolRun run;

    private ToolProcess(ToolRun run) {
        this.run = run;
    }

    public static ToolRun of(List<String> command) {
        return new ToolRun(command);
    }

    /** Runs the program to its end and returns what it wrote; a non-zero exit is the caller's to judge. */
    static ToolResult run(ToolRun run) {
        return new ToolProcess(run).toEnd();
    }

    private ToolResult toEnd() {
        Process process = start();
        try {
            Future<byte[]> stdout = OutputReaders.readStdout(process.getInputStream(), run.stdoutLines(), run.stdoutLimit());
            Future<String> stderr = OutputReaders.readTail(process.getErrorStream());
            writeInput(process, stderr);
            int exit = await(process, stderr);
            byte[] out = OutputReaders.result(stdout);
            return new ToolResult(exit, out, OutputReaders.result(stderr), out.length > run.stdoutLimit());
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private Process start() {
        try {
            return new ProcessBuilder(run.command()).start();
        } catch (IOException e) {
            throw new ToolProcessException(ToolProcessException.Reason.NOT_STARTED,
                    name() + " could not be started: " + e.getMessage(), "", e);
        }
    }

    private void writeInput(Process process, Future<String> stderr) {
        try (OutputStream in = process.getOutputStream()) {
            if (run.stdin() != null) {
                run.stdin().writeTo(in);
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new ToolProcessException(ToolProcessException.Reason.INPUT_REFUSED,
                    name() + " stopped taking its input", tailAfterExit(process, stderr), e);
        }
    }

    private int await(Process process, Future<String> stderr) {
        long deadline = System.nanoTime() + run.timeLimit().toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                run.whileWaiting().run();
                if (run.stop().getAsBoolean()) {
                    throw failure(process, stderr, ToolProcessException.Reason.STOPPED, "stopped on request");
                }
                if (System.nanoTime() > deadline) {
                    throw failure(process, stderr, ToolProcessException.Reason.TIMED_OUT,
                            name() + " did not finish within " + run.timeLimit().toSeconds() + " s");
                }
            }
            run.whileWaiting().run();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(process, stderr, ToolProcessException.Reason.STOPPED, "interrupted while running " + name());
        }
    }

    private ToolProcessException failure(Process process, Future<String> stderr, ToolProcessException.Reason reason,
                                         String message) {
        process.destroyForcibly();
        return new ToolProcessException(reason, message, tailAfterExit(process, stderr), null);
    }

    private static String tailAfterExit(Process process, Future<String> stderr) {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OutputReaders.resultWithin(stderr, Duration.ofSeconds(2));
    }

    private String name() {
        String program = run.command().get(0);
        return program.substring(program.lastIndexOf('/') + 1);
    }

    /** Writes the program's standard input; it is closed afterwards. Runs on the caller's thread. */
    @FunctionalInterface
    public interface StdinWriter {
        void writeTo(OutputStream stdin) throws IOException;

        static StdinWriter of(byte[] bytes) {
            return in -> in.write(bytes);
        }

        static StdinWriter of(String text) {
            return of(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
