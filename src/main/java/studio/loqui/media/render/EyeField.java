package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

/**
 * A blink for one eye: the upper lid's skin slides down over the eye, so output pixels there look up
 * into the lid. Per unit closure; zero away from the eye.
 */
final class EyeField {

    private final double cx;
    private final double cy;
    private final double axisX;
    private final double axisY;
    private final double width;
    private final double height;

    /** @param first the first of the eye's six landmarks (36 or 42) */
    EyeField(FaceLandmarks l, int first) {
        cx = l.meanX(first, first + 5);
        cy = l.meanY(first, first + 5);
        width = Math.max(3, l.distance(first, first + 3));
        // Orient the axis left to right so that its perpendicular points down the face for either eye.
        double sign = l.x(first + 3) >= l.x(first) ? 1 : -1;
        axisX = sign * (l.x(first + 3) - l.x(first)) / width;
        axisY = sign * (l.y(first + 3) - l.y(first)) / width;
        double open = (l.distance(first + 1, first + 5) + l.distance(first + 2, first + 4)) / 2;
        height = Math.max(open, 0.22 * width);
    }

    double dx(double x, double y) {
        return -axisY * lidDrop(x, y);
    }

    double dy(double x, double y) {
        return axisX * lidDrop(x, y);
    }


    private double lidDrop(double x, double y) {
        double u = (x - cx) * axisX + (y - cy) * axisY;
        double v = -(x - cx) * axisY + (y - cy) * axisX;
        double across = Falloff.fall(Math.abs(u), 0.5 * width, 0.9 * width);
        // The lid skin between brow and lash line slides; the brow itself, about half an eye width up, stays.
        double browGap = Math.max(0.35 * width, 1.2 * height);
        double down = Falloff.rise(v, -browGap, -0.5 * height) * Falloff.fall(v, 0.5 * height, 1.1 * height);
        return 1.1 * height * across * down;
    }
}
