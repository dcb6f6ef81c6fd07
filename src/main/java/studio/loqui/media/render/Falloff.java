package studio.loqui.media.render;

/** Smooth ramps used to shape deformation fields, so no field ever has a visible edge. */
final class Falloff {

    private Falloff() {
    }

    /** 0 below {@code from}, 1 above {@code to}, a smoothstep between. */
    static double rise(double x, double from, double to) {
        if (x <= from) {
            return 0;
        }
        if (x >= to) {
            return 1;
        }
        double t = (x - from) / (to - from);
        return t * t * (3 - 2 * t);
    }

    /** 1 below {@code from}, 0 above {@code to}, a smoothstep between. */
    static double fall(double x, double from, double to) {
        return 1 - rise(x, from, to);
    }
}
