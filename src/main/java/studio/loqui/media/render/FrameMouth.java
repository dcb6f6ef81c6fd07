package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;
import studio.loqui.media.lipsync.MouthShape;

/**
 * Poses the mouth of a face in one video frame: the square around the lower face is taken out of the
 * frame (the frame's own pixels become the still picture), the lower-face mesh laid on that frame's
 * landmarks is warped to the pose, and the warped rectangle is written back. Only pixels inside the
 * mesh's bounds can change, and its outer rows and columns stay put, so the seam is invisible.
 */
final class FrameMouth {

    /** The square taken around the mouth, in face widths (jaw to jaw): it holds every mesh vertex. */
    private static final double CROP_FACE_WIDTHS = 2.6;
    /** How much of its own opening a source mouth closes when the new speech is silent. */
    private static final double CLOSE_IN_SILENCE = 1;
    private static final double OPEN_UNCLOSES = 3;

    private FrameMouth() {
    }

    /** The pose for the network's {@code shape}: the same blend as the avatar's, closing the face's own opening in silence. */
    static MouthPose pose(MouthShape shape) {
        MouthPose p = MouthPose.of(shape);
        double close = CLOSE_IN_SILENCE * Math.max(0, 1 - OPEN_UNCLOSES * shape.open());
        return new MouthPose(p.jawDrop(), p.upperLift(), p.lowerRaise(), p.spread(), p.pucker(), p.teeth(), close);
    }

    /**
     * Repaints the lower face in {@code bgr} (interleaved BGR rows, {@code width} x {@code height}) for
     * {@code pose}; {@code landmarks} are in the frame's pixels.
     */
    static void paint(byte[] bgr, int width, int height, FaceLandmarks landmarks, MouthPose pose) {
        int side = Math.min(Math.min(width, height), (int) Math.ceil(CROP_FACE_WIDTHS * landmarks.distance(0, 16)));
        if (side < 16) {
            return;
        }
        int x0 = clamp((int) Math.round(landmarks.meanX(48, 67) - side / 2.0), width - side);
        int y0 = clamp((int) Math.round(landmarks.meanY(48, 67) - side / 2.0), height - side);
        byte[] rgb = cropRgb(bgr, width, x0, y0, side);
        StillPicture still = new StillPicture(rgb, side);
        LowerFaceMesh mesh = new LowerFaceMesh(landmarks.transformed(1, -x0, -y0));
        PixelRegion region = mesh.bounds(side);
        if (region.area() == 0) {
            return;
        }
        byte[] out = new byte[(int) region.area() * 3];
        for (int y = 0; y < region.height(); y++) {
            System.arraycopy(rgb, ((region.y() + y) * side + region.x()) * 3, out, y * region.width() * 3,
                    region.width() * 3);
        }
        new MeshWarp(mesh, still).paint(pose, out, region);
        for (int y = 0; y < region.height(); y++) {
            int to = ((y0 + region.y() + y) * width + x0 + region.x()) * 3;
            for (int x = 0, from = y * region.width() * 3; x < region.width(); x++, from += 3, to += 3) {
                bgr[to] = out[from + 2];
                bgr[to + 1] = out[from + 1];
                bgr[to + 2] = out[from];
            }
        }
    }

    private static byte[] cropRgb(byte[] bgr, int width, int x0, int y0, int side) {
        byte[] rgb = new byte[side * side * 3];
        for (int y = 0, to = 0; y < side; y++) {
            for (int x = 0, from = ((y0 + y) * width + x0) * 3; x < side; x++, from += 3, to += 3) {
                rgb[to] = bgr[from + 2];
                rgb[to + 1] = bgr[from + 1];
                rgb[to + 2] = bgr[from];
            }
        }
        return rgb;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
