package studio.loqui.media.face;

import studio.loqui.media.MediaInputRejected;

/** The portrait cannot be used: not an image, corrupt, too large, or without a face. Maps to 400. */
public class ImageRejectedException extends MediaInputRejected {

    public ImageRejectedException(String message) {
        super(message);
    }
}
