package studio.loqui.media;

/** An engine is not installed or cannot run here; the message names it and how to install it. */
public class EngineUnavailable extends MediaException {

    private final String engine;

    public EngineUnavailable(String engine, String detail) {
        super("The " + engine + " engine is not available on this server: " + detail, null);
        this.engine = engine;
    }

    public String engine() {
        return engine;
    }
}
