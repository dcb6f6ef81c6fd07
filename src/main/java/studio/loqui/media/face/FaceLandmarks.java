package studio.loqui.media.face;

/**
 * The 68 points of the iBUG 300-W markup (jaw 0-16, brows 17-26, nose 27-35, eyes 36-47, mouth 48-67)
 * in image pixels, and whether a trained model or the geometric fallback placed them.
 */
public record FaceLandmarks(double[] xs, double[] ys, boolean fromModel) {

    public static final int COUNT = 68;

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public double meanX(int from, int toInclusive) {
        double sum = 0;
        for (int i = from; i <= toInclusive; i++) {
            sum += xs[i];
        }
        return sum / (toInclusive - from + 1);
    }

    public double meanY(int from, int toInclusive) {
        double sum = 0;
        for (int i = from; i <= toInclusive; i++) {
            sum += ys[i];
        }
        return sum / (toInclusive - from + 1);
    }

    public double distance(int a, int b) {
        return Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
    }

    /** The same points after {@code p * scale + offset}, e.g. into a cropped and resized frame. */
    public FaceLandmarks transformed(double scale, double offsetX, double offsetY) {
        double[] nx = new double[COUNT];
        double[] ny = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            nx[i] = xs[i] * scale + offsetX;
            ny[i] = ys[i] * scale + offsetY;
        }
        return new FaceLandmarks(nx, ny, fromModel);
    }
}
