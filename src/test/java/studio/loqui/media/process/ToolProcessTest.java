package studio.loqui.media.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolProcessTest {

    @Test
    void shouldPassStdinAndReturnStdout() {
        ToolResult result = ToolProcess.of(List.of("cat")).stdin("hello").run();
        assertTrue(result.succeeded());
        assertEquals("hello", result.stdoutText());
    }

    @Test
    void shouldKeepOnlyTheTailOfTheErrorOutput() {
        ToolResult result = ToolProcess.of(List.of("sh", "-c", "head -c 10000 /dev/zero | tr '\\0' x >&2; printf '\\nlast\\n' >&2; exit 3"))
                .run();
        assertEquals(3, result.exitCode());
        assertEquals(2048, result.stderrTail().length());
        assertEquals("last", result.lastErrorLine());
    }

    @Test
    void shouldKillAProgramThatOverrunsItsTimeLimit() {
        long start = System.nanoTime();
        ToolProcessException e = assertThrows(ToolProcessException.class,
                () -> ToolProcess.of(List.of("sleep", "30")).timeLimit(Duration.ofMillis(500)).run());
        assertEquals(ToolProcessException.Reason.TIMED_OUT, e.reason());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void shouldStopWhenAsked() {
        ToolProcessException e = assertThrows(ToolProcessException.class,
                () -> ToolProcess.of(List.of("sleep", "30")).stopWhen(() -> true).run());
        assertTrue(e.stopped());
    }

    @Test
    void shouldStreamStdoutLines() {
        List<String> lines = new ArrayList<>();
        ToolResult result = ToolProcess.of(List.of("printf", "a\\nb\\n")).stdoutLines(lines::add).run();
        assertEquals(List.of("a", "b"), lines);
        assertEquals(0, result.stdout().length);
    }

    @Test
    void shouldRefuseOutputPastItsLimit() {
        ToolResult result = ToolProcess.of(List.of("head", "-c", "1000000", "/dev/zero")).stdoutLimit(1000).run();
        assertTrue(result.stdoutOverLimit());
        assertFalse(result.stdout().length > 1000 + (1 << 16));
    }

    @Test
    void shouldSayWhenAProgramCannotStart() {
        ToolProcessException e = assertThrows(ToolProcessException.class,
                () -> ToolProcess.of(List.of("no-such-program-here")).run());
        assertEquals(ToolProcessException.Reason.NOT_STARTED, e.reason());
    }
}
