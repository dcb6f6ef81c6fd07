package studio.loqui.media.audio;

import java.util.Arrays;

/**
 * Energy voice-activity detection with an adaptive noise floor: 20 ms frames every 10 ms, the
 * floor is the 10th-percentile frame level, and a frame is active when it is 9 dB above the floor
 * and above -55 dBFS. Gaps under 150 ms between active frames are bridged (stop consonants,
 * short pauses) and bursts under 60 ms dropped (clicks). Stationary noise, however loud, never
 * rises 9 dB above its own floor, so it yields no speech.
 */
public final class VoiceActivityDetector {

    public static final double HOP_SECONDS = 0.010;
    private static final double FRAME_SECONDS = 0.020;
    private static final double ABOVE_FLOOR_DB = 9;
    private static final double ABSOLUTE_GATE_DBFS = -55;
    private static final int BRIDGE_FRAMES = 15;
    private static final int MIN_BURST_FRAMES = 6;

    /** Per-frame levels and decisions. */
    public record Activity(double[] frameDbfs, boolean[] active, double noiseFloorDbfs) {

        public double speechSeconds() {
            int n = 0;
            for (boolean a : active) {
                n += a ? 1 : 0;
            }
            return n * HOP_SECONDS;
        }
    }

    public Activity detect(PcmAudio audio) {
        double[] levels = frameLevels(audio);
        if (levels.length == 0) {
            return new Activity(levels, new boolean[0], -120);
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        double floor = sorted[(int) ((sorted.length - 1) * 0.10)];
        double gate = Math.max(floor + ABOVE_FLOOR_DB, ABSOLUTE_GATE_DBFS);
        boolean[] active = new boolean[levels.length];
        for (int i = 0; i < levels.length; i++) {
            active[i] = levels[i] > gate;
        }
        bridgeGaps(active);
        dropBursts(active);
        return new Activity(levels, active, floor);
    }

    private static double[] frameLevels(PcmAudio audio) {
        int hop = (int) Math.round(HOP_SECONDS * audio.sampleRate());
        int frame = (int) Math.round(FRAME_SECONDS * audio.sampleRate());
        float[] x = audio.samples();
        int frames = x.length < frame ? 0 : (x.length - frame) / hop + 1;
        double[] db = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * hop, end = f * hop + frame; i < end; i++) {
                sum += x[i] * x[i];
            }
            db[f] = Levels.toDb(Math.sqrt(sum / frame));
        }
        return db;
    }

    private static void bridgeGaps(boolean[] active) {
        int lastActive = -1;
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                if (lastActive >= 0 && i - lastActive > 1 && i - lastActive <= BRIDGE_FRAMES) {
                    Arrays.fill(active, lastActive + 1, i, true);
                }
                lastActive = i;
            }
        }
    }

    private static void dropBursts(boolean[] active) {
        int start = -1;
        for (int i = 0; i <= active.length; i++) {
            boolean on = i < active.length && active[i];
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                if (i - start < MIN_BURST_FRAMES) {
                    Arrays.fill(active, start, i, false);
                }
                start = -1;
            }
        }
    }
}
