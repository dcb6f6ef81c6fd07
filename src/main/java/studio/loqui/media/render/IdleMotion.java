package studio.loqui.media.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The life a still face lacks: blinks every two to six seconds (a quick close, a slower open) and a
 * slow sway of the head made of a few incommensurate sine waves. Deterministic for a given seed.
 */
final class IdleMotion {

    private static final double CLOSING_SECONDS = 0.08;
    private static final double SHUT_SECONDS = 0.05;
    private static final double OPENING_SECONDS = 0.12;
    private static final double TILT_RADIANS = Math.toRadians(0.7);
    private static final double SHIFT_IN_FACE_WIDTHS = 0.012;

    private final double[] blinkStarts;
    private final double[] phases = new double[6];
    private final double shift;

    IdleMotion(double durationSeconds, double faceWidth, long seed) {
        Random random = new Random(seed);
        List<Double> starts = new ArrayList<>();
        for (double t = 0.6 + 1.5 * random.nextDouble(); t < durationSeconds; t += 2 + 4 * random.nextDouble()) {
            starts.add(t);
        }
        blinkStarts = starts.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < phases.length; i++) {
            phases[i] = 2 * Math.PI * random.nextDouble();
        }
        shift = SHIFT_IN_FACE_WIDTHS * faceWidth;
    }

    double blink(double t) {
        for (double start : blinkStarts) {
            double s = t - start;
            if (s < 0) {
                break;
            }
            if (s < CLOSING_SECONDS) {
                return s / CLOSING_SECONDS;
            }
            if (s < CLOSING_SECONDS + SHUT_SECONDS) {
                return 1;
            }
            if (s < CLOSING_SECONDS + SHUT_SECONDS + OPENING_SECONDS) {
                return 1 - (s - CLOSING_SECONDS - SHUT_SECONDS) / OPENING_SECONDS;
            }
        }
        return 0;
    }

    double headX(double t) {
        return shift * (0.6 * Math.sin(2 * Math.PI * 0.23 * t + phases[0]) + 0.4 * Math.sin(2 * Math.PI * 0.41 * t + phases[1]));
    }

    double headY(double t) {
        return shift * (0.6 * Math.sin(2 * Math.PI * 0.17 * t + phases[2]) + 0.4 * Math.sin(2 * Math.PI * 0.53 * t + phases[3]));
    }

    double tilt(double t) {
        return TILT_RADIANS * (0.7 * Math.sin(2 * Math.PI * 0.13 * t + phases[4]) + 0.3 * Math.sin(2 * Math.PI * 0.37 * t + phases[5]));
    }
}
