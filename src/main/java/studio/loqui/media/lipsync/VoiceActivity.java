package studio.loqui.media.lipsync;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.VoiceActivityDetector;

import java.util.Arrays;

/**
 * How surely each 10 ms hop holds voice, in [0, 1]: the one {@link VoiceActivityDetector}'s decision,
 * softened by the hop's loudness relative to the clip's loud level and to an absolute floor. It keeps
 * the mouth shut in pauses and in steady noise whatever the network guesses.
 */
public final class VoiceActivity {

    private static final double ABSOLUTE_FLOOR_DB = -55;
    private static final double BELOW_LOUD_DB = 30;
    private static final double RAMP_DB = 8;
    private static final VoiceActivityDetector DETECTOR = new VoiceActivityDetector();

    private VoiceActivity() {
    }

    /** One value per {@link LogMelSpectrogram#HOP} of samples, rounded up, like the network's output. */
    public static float[] of(float[] samples16k) {
        VoiceActivityDetector.Activity activity = DETECTOR.detect(new PcmAudio(samples16k, LogMelSpectrogram.SAMPLE_RATE));
        double[] levels = activity.frameDbfs();
        float[] gate = new float[(samples16k.length + LogMelSpectrogram.HOP - 1) / LogMelSpectrogram.HOP];
        if (levels.length == 0) {
            return gate;
        }
        double threshold = Math.max(ABSOLUTE_FLOOR_DB, percentile(levels, 0.95) - BELOW_LOUD_DB);
        for (int h = 0; h < gate.length; h++) {
            int frame = Math.min(h, levels.length - 1);
            double t = Math.min(1, Math.max(0, (levels[frame] - threshold) / RAMP_DB));
            gate[h] = activity.active()[frame] ? (float) (t * t * (3 - 2 * t)) : 0;
        }
        return gate;
    }

    private static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, sorted.length * q)];
    }
}
