package studio.loqui.media.render;

import studio.loqui.media.MediaInputRejected;

/** The video cannot be lip-synced: it is missing, or has no picture that can be decoded. Maps to 400. */
public class VideoRejectedException extends MediaInputRejected {

    public VideoRejectedException(String message) {
        super(message);
    }
}
