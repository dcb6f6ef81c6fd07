package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

/**
 * The mouth in frame pixels, in its own axes: {@code u} along the line from the left to the right
 * corner, {@code v} perpendicular to it, pointing down the face; origin between the inner lips.
 */
final class MouthGeometry {

    final double centerX;
    final double centerY;
    final double axisX;
    final double axisY;
    final double width;
    final double innerHalfWidth;
    final double chinV;
    private final double[] upperU = new double[5];
    private final double[] upperV = new double[5];
    private final double[] lowerU = new double[5];
    private final double[] lowerV = new double[5];

    MouthGeometry(FaceLandmarks l) {
        centerX = l.meanX(60, 67);
        centerY = l.meanY(60, 67);
        width = Math.max(4, l.distance(48, 54));
        axisX = (l.x(54) - l.x(48)) / width;
        axisY = (l.y(54) - l.y(48)) / width;
        innerHalfWidth = Math.max(2, l.distance(60, 64) / 2);
        chinV = Math.max(width * 0.5, v(l.x(8), l.y(8)));
        int[] upper = {60, 61, 62, 63, 64};
        int[] lower = {60, 67, 66, 65, 64};
        for (int i = 0; i < 5; i++) {
            upperU[i] = u(l.x(upper[i]), l.y(upper[i]));
            upperV[i] = v(l.x(upper[i]), l.y(upper[i]));
            lowerU[i] = u(l.x(lower[i]), l.y(lower[i]));
            lowerV[i] = Math.max(upperV[i], v(l.x(lower[i]), l.y(lower[i])));
        }
    }

    double u(double x, double y) {
        return (x - centerX) * axisX + (y - centerY) * axisY;
    }

    double v(double x, double y) {
        return -(x - centerX) * axisY + (y - centerY) * axisX;
    }

    /** Where the upper lip's inner edge lies at {@code u}, in {@code v}. */
    double upperInner(double u) {
        return interpolate(upperU, upperV, u);
    }

    double lowerInner(double u) {
        return interpolate(lowerU, lowerV, u);
    }

    private static double interpolate(double[] us, double[] vs, double u) {
        if (u <= us[0]) {
            return vs[0];
        }
        for (int i = 1; i < us.length; i++) {
            if (u <= us[i]) {
                double t = (u - us[i - 1]) / Math.max(1e-6, us[i] - us[i - 1]);
                return vs[i - 1] + t * (vs[i] - vs[i - 1]);
            }
        }
        return vs[vs.length - 1];
    }
}
