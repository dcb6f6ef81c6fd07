package studio.loqui.media.render;

import studio.loqui.media.face.FaceLandmarks;

/**
 * The lower face's landmark curves in the mouth's axes, read off as one column of mesh rows:
 * nose base, upper lip outer and inner edge, lower lip inner and outer edge, chin, neck.
 */
final class MouthRows {

    private final double width;
    private final double noseV;
    private final LandmarkCurve upperOuter;
    private final LandmarkCurve upperInner;
    private final LandmarkCurve lowerInner;
    private final LandmarkCurve lowerOuter;
    private final LandmarkCurve jaw;

    MouthRows(MouthGeometry mouth, FaceLandmarks l) {
        width = mouth.width;
        noseV = mouth.v(l.x(33), l.y(33));
        upperOuter = new LandmarkCurve(mouth, l, 48, 49, 50, 51, 52, 53, 54);
        upperInner = new LandmarkCurve(mouth, l, 48, 60, 61, 62, 63, 64, 54);
        lowerInner = new LandmarkCurve(mouth, l, 48, 60, 67, 66, 65, 64, 54);
        lowerOuter = new LandmarkCurve(mouth, l, 48, 59, 58, 57, 56, 55, 54);
        jaw = new LandmarkCurve(mouth, l, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    /** The rows' v at {@code u}, strictly top to bottom, lips at least {@code minLip} thick. */
    double[] at(double u, double minLip) {
        double[] v = new double[LowerFaceMesh.ROWS];
        v[2] = upperInner.at(u);
        v[3] = Math.max(v[2], lowerInner.at(u));
        v[1] = Math.min(upperOuter.at(u), v[2] - minLip);
        v[4] = Math.max(lowerOuter.at(u), v[3] + minLip);
        v[0] = Math.min(noseV, v[1] - 0.15 * width);
        v[5] = Math.max(jaw.at(u), v[4] + 0.25 * width);
        v[6] = v[5] + 0.6 * width;
        return v;
    }
}
