package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

/**
 * What can move in one framed portrait: the lower-face mesh and, per pixel of the eye areas, how
 * far back to look in the still picture for a closed blink. {@link #region} bounds both; nothing
 * outside it ever differs from the still picture.
 */
final class FaceRig {

    final PixelRegion region;
    final LowerFaceMesh mesh;
    final float[] blinkX;
    final float[] blinkY;

    FaceRig(int side, FaceLandmarks landmarks) {
        mesh = new LowerFaceMesh(landmarks);
        region = union(union(mesh.bounds(side), eyeBounds(landmarks, 36, side)), eyeBounds(landmarks, 42, side))
                .evenWithin(side);
        int n = (int) region.area();
        blinkX = new float[n];
        blinkY = new float[n];
        EyeField left = new EyeField(landmarks, 36);
        EyeField right = new EyeField(landmarks, 42);
        for (int y = region.y(), i = 0; y < region.y() + region.height(); y++) {
            for (int x = region.x(); x < region.x() + region.width(); x++, i++) {
                blinkX[i] = (float) (left.dx(x + 0.5, y + 0.5) + right.dx(x + 0.5, y + 0.5));
                blinkY[i] = (float) (left.dy(x + 0.5, y + 0.5) + right.dy(x + 0.5, y + 0.5));
            }
        }
    }

    // An eye's lid field reaches less than one eye width from its centre in any direction.
    private static PixelRegion eyeBounds(FaceLandmarks l, int first, int side) {
        double reach = Math.max(3, l.distance(first, first + 3)) * 1.05;
        double cx = l.meanX(first, first + 5);
        double cy = l.meanY(first, first + 5);
        int x0 = Math.max(0, (int) Math.floor(cx - reach));
        int y0 = Math.max(0, (int) Math.floor(cy - reach));
        int x1 = Math.min(side, (int) Math.ceil(cx + reach));
        int y1 = Math.min(side, (int) Math.ceil(cy + reach));
        return new PixelRegion(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    private static PixelRegion union(PixelRegion a, PixelRegion b) {
        int x0 = Math.min(a.x(), b.x());
        int y0 = Math.min(a.y(), b.y());
        int x1 = Math.max(a.x() + a.width(), b.x() + b.width());
        int y1 = Math.max(a.y() + a.height(), b.y() + b.height());
        return new PixelRegion(x0, y0, x1 - x0, y1 - y0);
    }
}
