package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

import java.util.Arrays;

/** A polyline through some landmarks in the mouth's (u, v) axes, read as v for a given u. */
final class LandmarkCurve {

    private final double[] us;
    private final double[] vs;

    LandmarkCurve(MouthGeometry mouth, FaceLandmarks l, int... points) {
        double[][] uv = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            uv[i] = new double[] {mouth.u(l.x(points[i]), l.y(points[i])), mouth.v(l.x(points[i]), l.y(points[i]))};
        }
        Arrays.sort(uv, (a, b) -> Double.compare(a[0], b[0]));
        us = new double[uv.length];
        vs = new double[uv.length];
        for (int i = 0; i < uv.length; i++) {
            us[i] = uv[i][0];
            vs[i] = uv[i][1];
        }
    }

    /** v at {@code u}, held at the end values beyond the curve's ends. */
    double at(double u) {
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
