package studio.loqui.media.audio;

/** Conversions between linear amplitude and dB relative to full scale. */
public final class Levels {

    /** Level reported for digital silence. */
    public static final double SILENCE_DBFS = -120;

    private Levels() {
    }

    public static double toDb(double amplitude) {
        return amplitude <= 1e-6 ? SILENCE_DBFS : 20 * Math.log10(amplitude);
    }

    public static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return x.length == 0 ? 0 : Math.sqrt(sum / x.length);
    }

    public static double peak(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }
}
