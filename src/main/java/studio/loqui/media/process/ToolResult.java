package studio.loqui.media.process;

import java.nio.charset.StandardCharsets;

/**
 * How a program ended: its exit code, its standard output (empty when streamed as lines), the last
 * {@value OutputReaders#ERROR_TAIL_BYTES} bytes of its error output, and whether output passed the limit.
 */
public record ToolResult(int exitCode, byte[] stdout, String stderrTail, boolean stdoutOverLimit) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The last non-blank line of the error output, the one that usually says what went wrong. */
    public String lastErrorLine() {
        return ToolProcessException.lastLine(stderrTail);
    }
}
