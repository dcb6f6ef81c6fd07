package studio.loqui.media.process;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A program that runs beside its caller for as long as a stream lasts, fed piece by piece and heard piece by
 * piece: a decoder of audio as it is recorded, say. Its standard output goes to a listener on
 * {@link OutputReaders}' threads as it comes. {@link #finish} ends the input and waits for the last output;
 * {@link #close} kills the program whatever state it is in. Not for concurrent writers.
 */
public final class ToolStream implements AutoCloseable {

    private final Process process;
    private final OutputStream stdin;
    private final Future<?> stdout;
    private final Future<String> stderr;
    private final String name;

    private ToolStream(Process process, Consumer<byte[]> output, String name) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stdout = OutputReaders.streamStdout(process.getInputStream(), output);
        this.stderr = OutputReaders.readTail(process.getErrorStream());
        this.name = name;
    }

    /** Starts {@code command}; each piece of its standard output is handed to {@code output}. */
    public static ToolStream start(List<String> command, Consumer<byte[]> output) {
        String program = command.get(0).substring(command.get(0).lastIndexOf('/') + 1);
        try {
            return new ToolStream(new ProcessBuilder(command).start(), output, program);
        } catch (IOException e) {
            throw new ToolProcessException(ToolProcessException.Reason.NOT_STARTED,
                    program + " could not be started: " + e.getMessage(), "", e);
        }
    }

    /** Passes {@code data} to the program's standard input. */
    public void write(byte[] data) {
        try {
            stdin.write(data);
            stdin.flush();
        } catch (IOException e) {
            close();
            throw new ToolProcessException(ToolProcessException.Reason.INPUT_REFUSED, name + " stopped taking its input: "
                    + ToolProcessException.lastLine(errorTail()), errorTail(), e);
        }
    }

    /**
     * Ends the input and waits, at most {@code limit}, for the program to write its last output and exit.
     * Throws when it does not end in time or ends with an error.
     */
    public void finish(Duration limit) {
        try {
            stdin.close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new ToolProcessException(ToolProcessException.Reason.TIMED_OUT,
                        name + " did not finish within " + limit.toSeconds() + " s", errorTail(), null);
            }
            stdout.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            close();
            throw new ToolProcessException(ToolProcessException.Reason.FAILED, name + " failed: " + e, errorTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new ToolProcessException(ToolProcessException.Reason.STOPPED, "interrupted while " + name + " finished",
                    errorTail(), e);
        }
        if (process.exitValue() != 0) {
            throw new ToolProcessException(ToolProcessException.Reason.FAILED, name + " failed: "
                    + ToolProcessException.lastLine(errorTail()), errorTail(), null);
        }
    }

    public boolean running() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private String errorTail() {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OutputReaders.resultWithin(stderr, Duration.ofSeconds(1));
    }
}
