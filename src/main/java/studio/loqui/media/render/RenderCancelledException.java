package studio.loqui.media.render;

import java.util.concurrent.CancellationException;

/** The render stopped between two frames because its listener asked or its thread was interrupted. */
public class RenderCancelledException extends CancellationException {

    public RenderCancelledException(int framesDone) {
        super("Avatar render cancelled after " + framesDone + " frames");
    }
}
