package studio.loqui.media.render;

import studio.loqui.media.MediaInputRejected;

/** The audio cannot drive an avatar: undecodable, empty or longer than allowed. Maps to 400. */
public class AudioRejectedException extends MediaInputRejected {

    public AudioRejectedException(String message) {
        super(message);
    }
}
