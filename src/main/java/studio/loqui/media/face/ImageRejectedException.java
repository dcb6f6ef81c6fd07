package studio.loqui.media.face;

import studio.loqui.system.ApiException;

/** The portrait cannot be used: not an image, corrupt, too large, or without a face. Maps to 400. */
public class ImageRejectedException extends ApiException {

    public ImageRejectedException(String message) {
        super(400, "validation_error", message, null, null);
    }
}
