package studio.loqui.media.render;

/**
 * The colour between parted lips: a dark cavity, darkest in its depth, blending into the lips over
 * a pixel and a half, with the upper teeth (and, nearly closed, the lower ones) showing as a shaded
 * band once the lips are far enough apart for them.
 */
final class MouthCavity {

    private static final double[] CAVITY = {62, 22, 26};
    private static final double[] TEETH = {214, 206, 192};
    private static final double LIP_BLEND_PIXELS = 1.5;

    private final double mouthWidth;
    private double teeth;

    MouthCavity(double mouthWidth) {
        this.mouthWidth = mouthWidth;
    }

    /** Sets how much teeth this frame shows, from the pose and the opening at the mouth's centre (pixels). */
    void frame(MouthPose pose, double centreGap) {
        teeth = Math.max(0, Math.min(1, pose.teeth())) * Falloff.rise(centreGap, 0.02 * mouthWidth, 0.06 * mouthWidth);
    }

    /**
     * Shades {@code rgb[at..at+2]}, which holds the photo's colour at the seam, for a point {@code across}
     * (-1..1) the opening and {@code down} (0 top, 1 bottom) its newly opened {@code gap} pixels, below
     * {@code shownAbove} pixels of the photo's own mouth that stay with the upper lip.
     */
    void shade(double across, double down, double gap, double shownAbove, byte[] rgb, int at) {
        double fromTop = down * gap;
        double fromBottom = (1 - down) * gap;
        double depth = (1 - Math.abs(2 * down - 1)) * (1 - across * across);
        double upperBand = teeth * Math.max(0, Math.min(0.45 * (gap + shownAbove), 0.1 * mouthWidth) - shownAbove);
        double lowerBand = teeth * Math.min(0.25 * gap, 0.05 * mouthWidth);
        double tooth = Math.max(clamp(upperBand - fromTop + 0.5), 0.8 * clamp(lowerBand - fromBottom + 0.5));
        double toothShade = (1 - 0.5 * across * across) * (0.7 + 0.3 * Falloff.rise(Math.min(fromTop, fromBottom), 0, 2));
        double lip = 1 - Falloff.rise(Math.min(fromTop, fromBottom), 0, LIP_BLEND_PIXELS);
        for (int c = 0; c < 3; c++) {
            double inside = CAVITY[c] * (1 - 0.55 * depth) * (1 - tooth) + TEETH[c] * toothShade * tooth;
            double seam = rgb[at + c] & 0xFF;
            rgb[at + c] = (byte) (int) (inside + (seam - inside) * lip + 0.5);
        }
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
