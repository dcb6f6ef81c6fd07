package studio.loqui.media.lipsync;

import java.util.Arrays;

/**
 * The network's input: log-mel energies relative to the clip's loud level (so recording gain does not
 * matter), floored, scaled to about unit range, and stacked over a window of neighbouring hops.
 */
public final class SpeechFeatures {

    /** Hops on either side of the centre hop, every {@link #STRIDE}-th hop: 120 ms of context each way. */
    public static final int REACH = 6;
    public static final int STRIDE = 2;
    public static final int WINDOW_HOPS = 2 * REACH + 1;
    public static final int SIZE = WINDOW_HOPS * LogMelSpectrogram.BANDS;

    private static final float FLOOR = -9f;
    private static final float SCALE = 4f;

    private final float[][] normalized;

    private SpeechFeatures(float[][] normalized) {
        this.normalized = normalized;
    }

    public static SpeechFeatures of(float[] samples16k) {
        float[][] mel = LogMelSpectrogram.compute(samples16k);
        float reference = loudLevel(mel);
        for (float[] row : mel) {
            for (int b = 0; b < row.length; b++) {
                row[b] = Math.max(FLOOR, row[b] - reference) / SCALE;
            }
        }
        return new SpeechFeatures(mel);
    }

    public int hops() {
        return normalized.length;
    }

    /** The stacked window around {@code hop}, written into {@code out} at {@code offset}. */
    public void window(int hop, float[] out, int offset) {
        float silence = FLOOR / SCALE;
        for (int w = 0; w < WINDOW_HOPS; w++) {
            int at = hop + (w - REACH) * STRIDE;
            int base = offset + w * LogMelSpectrogram.BANDS;
            if (at < 0 || at >= normalized.length) {
                Arrays.fill(out, base, base + LogMelSpectrogram.BANDS, silence);
            } else {
                System.arraycopy(normalized[at], 0, out, base, LogMelSpectrogram.BANDS);
            }
        }
    }

    // The 98th percentile of all band energies: a level that speech reaches but rare clicks do not set.
    private static float loudLevel(float[][] mel) {
        if (mel.length == 0) {
            return 0;
        }
        float[] all = new float[mel.length * LogMelSpectrogram.BANDS];
        for (int h = 0; h < mel.length; h++) {
            System.arraycopy(mel[h], 0, all, h * LogMelSpectrogram.BANDS, LogMelSpectrogram.BANDS);
        }
        Arrays.sort(all);
        return all[(int) (all.length * 0.98)];
    }
}
