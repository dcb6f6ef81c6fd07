package studio.loqui.media.render;

/** The frames of one video: the scene's rig posed frame by frame by the mouth track and the blinks. */
public final class AvatarAnimation {

    private final MouthPose[] mouth;
    private final int fps;
    private final IdleMotion idle;
    private final FramePainter painter;
    private final PixelRegion region;

    public AvatarAnimation(AvatarScene scene, MouthPose[] mouth, int fps, long seed) {
        FaceRig rig = new FaceRig(scene.resolution(), scene.landmarks());
        this.mouth = mouth.clone();
        this.fps = fps;
        this.idle = new IdleMotion((double) mouth.length / fps, seed);
        this.painter = new FramePainter(scene, rig);
        this.region = rig.region;
    }

    public int frameCount() {
        return mouth.length;
    }

    /** The only pixels any frame can differ from the still picture in. */
    public PixelRegion animatedRegion() {
        return region;
    }

    /** Frame {@code index} as YUV 4:2:0 bytes; the array is reused by the next call. */
    public byte[] frame(int index) {
        double t = (index + 0.5) / fps;
        return painter.paint(new FacePose(mouth[index], idle.blink(t)));
    }
}
