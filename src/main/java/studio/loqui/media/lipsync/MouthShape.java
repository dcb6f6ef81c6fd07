package studio.loqui.media.lipsync;

/**
 * How the mouth looks in one video frame, each in [0, 1]: how far the jaw and lips are open, how far
 * the lips are spread sideways (as in "see") and how far they are rounded and pushed forward (as in "who").
 */
public record MouthShape(float open, float spread, float round) {

    public static final MouthShape CLOSED = new MouthShape(0, 0, 0);
}
