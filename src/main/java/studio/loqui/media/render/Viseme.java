package studio.loqui.media.render;

/** The mouth shapes speech is made of, each as the pose it puts the lower-face mesh in. */
public enum Viseme {
    /** Lips pressed together: "m", "b", "p". */
    CLOSED(new MouthPose(0, 0, 0, 0, 0, 0, 1)),
    /** Jaw down, lips apart: "a" as in "father". */
    OPEN(new MouthPose(0.32, 0.04, 0, 0, 0, 0.6, 0)),
    /** Corners drawn back, lips a little apart, teeth showing: "ee". */
    WIDE(new MouthPose(0.1, 0.03, 0, 1, 0, 1, 0)),
    /** Corners drawn in, lips pushed out round a small opening: "oo", "w". */
    ROUND(new MouthPose(0.12, 0.02, 0, 0, 1, 0, 0)),
    /** Lower lip raised under the upper teeth: "f", "v". */
    LIP_BITE(new MouthPose(0.02, 0.06, 0.08, 0, 0, 1, 0)),
    /** Teeth nearly together behind parted lips: "s", "t", "d", "n". */
    TEETH(new MouthPose(0.05, 0.035, 0, 0.4, 0, 1, 0));

    private final MouthPose pose;

    Viseme(MouthPose pose) {
        this.pose = pose;
    }

    public MouthPose pose() {
        return pose;
    }
}
