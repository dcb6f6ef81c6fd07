package studio.loqui.media.render;

import studio.loqui.system.ApiException;

/** The audio cannot drive an avatar: undecodable, empty or longer than allowed. Maps to 400. */
public class AudioRejectedException extends ApiException {

    public AudioRejectedException(String message) {
        super(400, "validation_error", message, null, null);
    }
}
