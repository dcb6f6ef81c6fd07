package studio.loqui.media;

/**
 * What goes wrong in a media engine, in media's own terms: the input is refused
 * ({@link MediaInputRejected}), the engine is not installed ({@link EngineUnavailable}) or it failed
 * on good input ({@link EngineFailed}). The API and the job engine each translate these once.
 */
public abstract class MediaException extends RuntimeException {

    protected MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
