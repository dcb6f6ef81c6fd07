package studio.loqui.media.process;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What to run and how: built fluently, then {@link #run()}. Defaults: no input, two minutes, no stop. */
public final class ToolRun {

    private final List<String> command;
    private ToolProcess.StdinWriter stdin;
    private Duration timeLimit = Duration.ofMinutes(2);
    private BooleanSupplier stop = () -> false;
    private Runnable whileWaiting = () -> { };
    private Consumer<String> stdoutLines;
    private long stdoutLimit = Long.MAX_VALUE;

    ToolRun(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no program to run");
        }
        this.command = List.copyOf(command);
    }

    public ToolRun stdin(byte[] bytes) {
        return stdin(ToolProcess.StdinWriter.of(bytes));
    }

    /** UTF-8 text on standard input; {@code null} for none. */
    public ToolRun stdin(String text) {
        return text == null ? this : stdin(ToolProcess.StdinWriter.of(text));
    }

    /** Streams standard input from the caller's thread, e.g. video frames as they are drawn. */
    public ToolRun stdin(ToolProcess.StdinWriter writer) {
        this.stdin = Objects.requireNonNull(writer);
        return this;
    }

    public ToolRun timeLimit(Duration limit) {
        this.timeLimit = Objects.requireNonNull(limit);
        return this;
    }

    /** Asked every 200 ms while the program runs; once true, the program is killed. */
    public ToolRun stopWhen(BooleanSupplier stop) {
        this.stop = Objects.requireNonNull(stop);
        return this;
    }

    /** Called on the caller's thread every 200 ms while the program runs and once at its end: report progress here. */
    public ToolRun whileWaiting(Runnable progress) {
        this.whileWaiting = Objects.requireNonNull(progress);
        return this;
    }

    /** Streams standard output line by line to {@code listener} (on a reader thread) instead of keeping it. */
    public ToolRun stdoutLines(Consumer<String> listener) {
        this.stdoutLines = Objects.requireNonNull(listener);
        return this;
    }

    /** Keeps at most {@code bytes} (plus one read) of standard output; beyond it, the program is killed. */
    public ToolRun stdoutLimit(long bytes) {
        this.stdoutLimit = bytes;
        return this;
    }

    public ToolResult run() {
        return ToolProcess.run(this);
    }

    List<String> command() {
        return command;
    }

    ToolProcess.StdinWriter stdin() {
        return stdin;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    BooleanSupplier stop() {
        return stop;
    }

    Runnable whileWaiting() {
        return whileWaiting;
    }

    Consumer<String> stdoutLines() {
        return stdoutLines;
    }

    long stdoutLimit() {
        return stdoutLimit;
    }
}
