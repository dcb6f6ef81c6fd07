package studio.loqui.media.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The life a still face lacks: blinks every two to six seconds (a quick close, a slower open).
 * Deterministic for a given seed. The head does not sway: without telling hair from background, any
 * sway drags the background with it.
 */
final class IdleMotion {

    private static final double CLOSING_SECONDS = 0.08;
    private static final double SHUT_SECONDS = 0.05;
    private static final double OPENING_SECONDS = 0.12;

    private final double[] blinkStarts;

    IdleMotion(double durationSeconds, long seed) {
        Random random = new Random(seed);
        List<Double> starts = new ArrayList<>();
        for (double t = 0.6 + 1.5 * random.nextDouble(); t < durationSeconds; t += 2 + 4 * random.nextDouble()) {
            starts.add(t);
        }
        blinkStarts = starts.stream().mapToDouble(Double::doubleValue).toArray();
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
}
