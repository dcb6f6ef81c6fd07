package studio.loqui.media.render;

import studio.loqui.media.face.FaceBox;

/** The head (hair and chin included) as an ellipse; motion fades out across its rim. */
final class HeadEllipse {

    private static final double RIM = 1.35;

    private final double cx;
    private final double cy;
    private final double rx;
    private final double ry;

    HeadEllipse(FaceBox face) {
        cx = face.centerX();
        cy = face.centerY() + 0.05 * face.height();
        rx = 0.8 * face.width();
        ry = 1.0 * face.height();
    }

    double weight(double x, double y) {
        double r = Math.hypot((x - cx) / rx, (y - cy) / ry);
        return Falloff.fall(r, 1, RIM);
    }

    PixelRegion bounds(int side) {
        int x0 = (int) Math.floor(cx - RIM * rx);
        int y0 = (int) Math.floor(cy - RIM * ry);
        int x1 = (int) Math.ceil(cx + RIM * rx);
        int y1 = (int) Math.ceil(cy + RIM * ry);
        int left = Math.max(0, x0);
        int top = Math.max(0, y0);
        return new PixelRegion(left, top, Math.min(side, x1) - left, Math.min(side, y1) - top).evenWithin(side);
    }
}
