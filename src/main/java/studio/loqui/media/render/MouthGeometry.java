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

    MouthGeometry(FaceLandmarks l) {
        centerX = l.meanX(60, 67);
        centerY = l.meanY(60, 67);
        width = Math.max(4, l.distance(48, 54));
        axisX = (l.x(54) - l.x(48)) / width;
        axisY = (l.y(54) - l.y(48)) / width;
    }

    double u(double x, double y) {
        return (x - centerX) * axisX + (y - centerY) * axisY;
    }

    double v(double x, double y) {
        return -(x - centerX) * axisY + (y - centerY) * axisX;
    }
}
