package studio.loqui.media.face;

/**
 * The face box that best explains a set of landmarks, given the model's mean shape in box units:
 * a separate least-squares line per axis, {@code image = origin + size * unit}.
 */
final class BoxFit {

    private BoxFit() {
    }

    static FaceBox boxFor(float[] unitShape, double[] points) {
        double[] x = fitAxis(unitShape, points, 0);
        double[] y = fitAxis(unitShape, points, 1);
        return new FaceBox(x[0], y[0], x[1] + 1, y[1] + 1);
    }

    private static double[] fitAxis(float[] unit, double[] points, int axis) {
        int n = unit.length / 2;
        double su = 0, sp = 0, suu = 0, sup = 0;
        for (int i = 0; i < n; i++) {
            double u = unit[2 * i + axis];
            double p = points[2 * i + axis];
            su += u;
            sp += p;
            suu += u * u;
            sup += u * p;
        }
        double size = (n * sup - su * sp) / (n * suu - su * su);
        double origin = (sp - size * su) / n;
        return new double[] {origin, size};
    }
}
