package studio.loqui.media.render;

import studio.loqui.media.face.FaceBox;
import studio.loqui.media.face.FaceLandmarks;

/**
 * Precomputed displacement fields over the head region of one framed portrait. Every field gives, per
 * output pixel, how far back to look in the still picture for one unit of its control: a pixel of
 * jaw drop, full lip spread, a closed blink, a head shift. A frame is then a weighted sum of fields.
 * All fields fade smoothly to zero, and are exactly zero outside {@link #region}.
 */
final class FaceRig {

    private static final double MAX_DROP_IN_MOUTH_WIDTHS = 0.32;
    private static final double UPPER_LIP_LIFT = 0.12;
    private static final double LATERAL_STRETCH = 0.12;

    final PixelRegion region;
    final MouthGeometry mouth;
    final double maxJawDrop;
    final float[] jawX;
    final float[] jawY;
    final float[] lateralX;
    final float[] lateralY;
    final float[] blinkX;
    final float[] blinkY;
    final float[] headWeight;
    final double pivotX;
    final double pivotY;
    final double faceWidth;

    FaceRig(int side, FaceBox face, FaceLandmarks landmarks) {
        mouth = new MouthGeometry(landmarks);
        maxJawDrop = MAX_DROP_IN_MOUTH_WIDTHS * mouth.width;
        faceWidth = face.width();
        pivotX = face.centerX();
        pivotY = face.y() + face.height() * 1.4;
        HeadEllipse head = new HeadEllipse(face);
        region = head.bounds(side);
        int n = (int) region.area();
        jawX = new float[n];
        jawY = new float[n];
        lateralX = new float[n];
        lateralY = new float[n];
        blinkX = new float[n];
        blinkY = new float[n];
        headWeight = new float[n];
        EyeField left = new EyeField(landmarks, 36);
        EyeField right = new EyeField(landmarks, 42);
        for (int y = region.y(), i = 0; y < region.y() + region.height(); y++) {
            for (int x = region.x(); x < region.x() + region.width(); x++, i++) {
                fill(i, x + 0.5, y + 0.5, head, left, right);
            }
        }
    }

    private void fill(int i, double x, double y, HeadEllipse head, EyeField left, EyeField right) {
        double weight = head.weight(x, y);
        headWeight[i] = (float) weight;
        if (weight == 0) {
            return;
        }
        double u = mouth.u(x, y);
        double v = mouth.v(x, y);
        double jaw = jawProfile(u, v) * weight;
        jawX[i] = (float) (-mouth.axisY * jaw);
        jawY[i] = (float) (mouth.axisX * jaw);
        double lateral = LATERAL_STRETCH * u * Falloff.fall(Math.abs(u), 0.2 * mouth.width, 0.8 * mouth.width)
                * Falloff.fall(Math.abs(v), 0.12 * mouth.width, 0.45 * mouth.width) * weight;
        lateralX[i] = (float) (mouth.axisX * lateral);
        lateralY[i] = (float) (mouth.axisY * lateral);
        blinkX[i] = (float) (left.dx(x, y) + right.dx(x, y));
        blinkY[i] = (float) (left.dy(x, y) + right.dy(x, y));
    }

    // The lips part like a lens (still at the corners); below them the whole jaw drops, fading into the neck.
    private double jawProfile(double u, double v) {
        double w = mouth.width;
        double lens = Falloff.fall(Math.abs(u), 0, 0.6 * w);
        double jaw = Falloff.fall(Math.abs(u), 0.45 * w, 1.1 * w);
        double toJaw = Falloff.rise(v, 0.1 * w, 0.45 * w);
        double across = lens * (1 - toJaw) + jaw * toJaw;
        return across * verticalProfile(v, w);
    }

    private double verticalProfile(double v, double w) {
        if (v < 0) {
            return -UPPER_LIP_LIFT * Falloff.fall(-v, 0, 0.3 * w);
        }
        double seam = Math.max(1, 0.04 * w);
        if (v < seam) {
            return -UPPER_LIP_LIFT + (1 + UPPER_LIP_LIFT) * Falloff.rise(v, 0, seam);
        }
        return Falloff.fall(v, mouth.chinV, mouth.chinV + 0.8 * w);
    }
}
