package studio.loqui.media.lipsync;

import java.util.Arrays;

/**
 * How surely each 10 ms hop holds voice, in [0, 1], from its loudness relative to the clip's loud
 * level and to an absolute floor. It keeps the mouth shut in pauses whatever the network guesses.
 */
public final class VoiceActivity {

    private static final double ABSOLUTE_FLOOR_DB = -55;
    private static final double BELOW_LOUD_DB = 30;
    private static final double RAMP_DB = 8;

    private VoiceActivity() {
    }

    public static float[] of(float[] samples16k) {
        double[] levels = levelsDb(samples16k);
        double loud = percentile(levels, 0.95);
        double threshold = Math.max(ABSOLUTE_FLOOR_DB, loud - BELOW_LOUD_DB);
        float[] gate = new float[levels.length];
        for (int h = 0; h < levels.length; h++) {
            double t = Math.min(1, Math.max(0, (levels[h] - threshold) / RAMP_DB));
            gate[h] = (float) (t * t * (3 - 2 * t));
        }
        return gate;
    }

    /** Loudness in dB full scale of every hop, over a 25 ms window centred on the hop. */
    public static double[] levelsDb(float[] samples16k) {
        int hop = LogMelSpectrogram.HOP;
        int hops = (samples16k.length + hop - 1) / hop;
        double[] db = new double[hops];
        for (int h = 0; h < hops; h++) {
            int from = Math.max(0, h * hop + hop / 2 - 200);
            int to = Math.min(samples16k.length, h * hop + hop / 2 + 200);
            double sum = 1e-12;
            for (int i = from; i < to; i++) {
                sum += samples16k[i] * samples16k[i];
            }
            db[h] = 10 * Math.log10(sum / Math.max(1, to - from));
        }
        return db;
    }

    private static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return ABSOLUTE_FLOOR_DB;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, sorted.length * q)];
    }
}
