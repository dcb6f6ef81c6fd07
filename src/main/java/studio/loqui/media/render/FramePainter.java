package studio.loqui.media.render;

/**
 * Paints frames of one scene: only the head region is recomputed, by sampling the still picture
 * through the rig's fields, then the opened mouth's interior is drawn and the region re-encoded
 * into the frame's YUV planes. Everything outside the region keeps the still picture's values.
 */
final class FramePainter {

    private static final double STILL = 0.01;

    private final byte[] still;
    private final int side;
    private final FaceRig rig;
    private final Yuv420Frame frame;
    private final byte[] regionRgb;
    private final MouthInterior interior;

    FramePainter(AvatarScene scene, FaceRig rig) {
        this.still = scene.rgb();
        this.side = scene.resolution();
        this.rig = rig;
        this.frame = new Yuv420Frame(side);
        this.regionRgb = new byte[(int) rig.region.area() * 3];
        this.interior = new MouthInterior(rig.mouth);
        frame.writeRegion(new PixelRegion(0, 0, side, side), still);
    }

    /** The frame for {@code pose} in YUV 4:2:0; the array is reused by the next call. */
    byte[] paint(FacePose pose) {
        warpRegion(pose);
        double drop = pose.mouth().open() * rig.maxJawDrop;
        interior.paint(regionRgb, rig.region, drop);
        frame.writeRegion(rig.region, regionRgb);
        return frame.data;
    }

    private void warpRegion(FacePose pose) {
        PixelRegion r = rig.region;
        double drop = pose.mouth().open() * rig.maxJawDrop;
        double lateral = pose.mouth().spread() - pose.mouth().round();
        double blink = pose.blink();
        double tilt = pose.headTilt();
        for (int y = 0, i = 0; y < r.height(); y++) {
            int py = r.y() + y;
            for (int x = 0; x < r.width(); x++, i++) {
                int px = r.x() + x;
                double w = rig.headWeight[i];
                double dx = w * (pose.headX() - tilt * (py - rig.pivotY))
                        + drop * rig.jawX[i] + lateral * rig.lateralX[i] + blink * rig.blinkX[i];
                double dy = w * (pose.headY() + tilt * (px - rig.pivotX))
                        + drop * rig.jawY[i] + lateral * rig.lateralY[i] + blink * rig.blinkY[i];
                int out = i * 3;
                if (Math.abs(dx) + Math.abs(dy) < STILL) {
                    int in = (py * side + px) * 3;
                    regionRgb[out] = still[in];
                    regionRgb[out + 1] = still[in + 1];
                    regionRgb[out + 2] = still[in + 2];
                } else {
                    sample(px - dx, py - dy, out);
                }
            }
        }
    }

    private void sample(double sx, double sy, int out) {
        double cx = Math.min(side - 1.001, Math.max(0, sx));
        double cy = Math.min(side - 1.001, Math.max(0, sy));
        int x0 = (int) cx;
        int y0 = (int) cy;
        double fx = cx - x0;
        double fy = cy - y0;
        int a = (y0 * side + x0) * 3;
        int b = a + side * 3;
        for (int c = 0; c < 3; c++) {
            double top = (still[a + c] & 0xFF) * (1 - fx) + (still[a + 3 + c] & 0xFF) * fx;
            double bottom = (still[b + c] & 0xFF) * (1 - fx) + (still[b + 3 + c] & 0xFF) * fx;
            regionRgb[out + c] = (byte) (int) (top * (1 - fy) + bottom * fy + 0.5);
        }
    }
}
