package studio.loqui.media.process;

import studio.loqui.media.EngineFailed;

/** The program did not run to its end: not started, input refused, over time, stopped, or failed. */
public class ToolProcessException extends EngineFailed {

    public enum Reason { NOT_STARTED, INPUT_REFUSED, TIMED_OUT, STOPPED, FAILED }

    private final Reason reason;
    private final String stderrTail;

    ToolProcessException(Reason reason, String message, String stderrTail, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.stderrTail = stderrTail;
    }

    public Reason reason() {
        return reason;
    }

    public boolean stopped() {
        return reason == Reason.STOPPED;
    }

    /** The end of what the program wrote to its error output before it ended. */
    public String stderrTail() {
        return stderrTail;
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
