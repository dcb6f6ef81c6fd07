package studio.loqui.media.audio;

import studio.loqui.media.MediaInputRejected;

/**
 * The input is not audio FFmpeg can read, or is too long or too slow to decode. The message is
 * meant for the user (an API answers it as a 4xx); FFmpeg's own error output is in the cause.
 */
public class AudioDecodingException extends MediaInputRejected {

    public AudioDecodingException(String message) {
        super(message);
    }

    public AudioDecodingException(String message, Throwable cause) {
        super(Problem.INVALID, message, cause);
    }
}
