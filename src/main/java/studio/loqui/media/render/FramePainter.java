package studio.loqui.media.render;

/**
 * Paints frames of one scene: only the rig's region is recomputed. The eye areas are sampled from
 * the still picture through the blink field, the lower face is the posed mesh warped from the
 * still, and the region is re-encoded into the frame's YUV planes; every other pixel keeps the
 * still picture's values.
 */
final class FramePainter {

    private static final double STILL = 0.01;

    private final StillPicture still;
    private final FaceRig rig;
    private final Yuv420Frame frame;
    private final byte[] regionRgb;
    private final MeshWarp mesh;

    FramePainter(AvatarScene scene, FaceRig rig) {
        this.still = new StillPicture(scene.rgb(), scene.resolution());
        this.rig = rig;
        this.frame = new Yuv420Frame(scene.resolution());
        this.regionRgb = new byte[(int) rig.region.area() * 3];
        this.mesh = new MeshWarp(rig.mesh, still);
        frame.writeRegion(new PixelRegion(0, 0, scene.resolution(), scene.resolution()), scene.rgb());
    }

    /** The frame for {@code pose} in YUV 4:2:0; the array is reused by the next call. */
    byte[] paint(FacePose pose) {
        blinkRegion(pose.blink());
        mesh.paint(pose.mouth(), regionRgb, rig.region);
        frame.writeRegion(rig.region, regionRgb);
        return frame.data;
    }

    private void blinkRegion(double blink) {
        PixelRegion r = rig.region;
        int side = still.side;
        for (int y = 0, i = 0; y < r.height(); y++) {
            int py = r.y() + y;
            System.arraycopy(still.rgb, (py * side + r.x()) * 3, regionRgb, y * r.width() * 3, r.width() * 3);
            if (blink == 0) {
                i += r.width();
                continue;
            }
            for (int x = 0; x < r.width(); x++, i++) {
                double dx = blink * rig.blinkX[i];
                double dy = blink * rig.blinkY[i];
                if (Math.abs(dx) + Math.abs(dy) >= STILL) {
                    still.sample(r.x() + x + 0.5 - dx, py + 0.5 - dy, regionRgb, i * 3);
                }
            }
        }
    }
}
