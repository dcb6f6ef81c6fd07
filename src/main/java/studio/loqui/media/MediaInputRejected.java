package studio.loqui.media;

/** The input cannot be used: the message says why, in words meant for the person who sent it. */
public class MediaInputRejected extends MediaException {

    /** How the input is wrong: malformed or unsupported, larger than allowed, or well formed but unusable. */
    public enum Problem { INVALID, TOO_LARGE, UNPROCESSABLE }

    private final Problem problem;

    public MediaInputRejected(String message) {
        this(Problem.INVALID, message, null);
    }

    public MediaInputRejected(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
