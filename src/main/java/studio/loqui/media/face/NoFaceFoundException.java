package studio.loqui.media.face;

/** The image decodes but no frontal face is visible in it. */
public class NoFaceFoundException extends ImageRejectedException {

    public NoFaceFoundException() {
        super("No face found in the image: use a photo with one clearly visible frontal face");
    }
}
