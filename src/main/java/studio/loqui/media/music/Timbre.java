package studio.loqui.media.music;

/**
 * How an instrument sounds: the strengths of its harmonics (one cycle of its wave, kept as a table) and its
 * envelope: attack, decay (the time for a struck note to fall to about a third; {@code Double.POSITIVE_INFINITY}
 * for a held one) and release.
 */
record Timbre(String name, float[] cycle, double attack, double decay, double release) {

    static final int TABLE = 2048;

    /** Soft sustained pad: almost a sine. */
    static final Timbre SOFT_PAD = of("soft pad", new double[] {1, 0.15, 0.05}, 0.6, Double.POSITIVE_INFINITY, 0.6);
    /** Bowed strings: a rich, slowly rising saw-like spectrum. */
    static final Timbre STRINGS = of("strings", harmonics(10, 1.0), 0.35, Double.POSITIVE_INFINITY, 0.4);
    /** Organ: the drawbar octaves and fifth. */
    static final Timbre ORGAN = of("organ", new double[] {1, 0.7, 0.5, 0.4, 0, 0.25, 0, 0.2}, 0.02,
            Double.POSITIVE_INFINITY, 0.08);
    /** Piano-like struck tone: strong low harmonics, decaying. */
    static final Timbre PIANO = of("piano", new double[] {1, 0.5, 0.3, 0.15, 0.1, 0.05}, 0.005, 0.5, 0.1);
    /** Bell: fundamental and high partials, ringing. */
    static final Timbre BELL = of("bell", new double[] {1, 0, 0.45, 0, 0, 0.3, 0, 0.2}, 0.004, 1.2, 0.3);
    /** Plucked guitar: bright, short. */
    static final Timbre GUITAR = of("guitar", harmonics(8, 1.3), 0.003, 0.3, 0.05);
    /** Overdriven guitar: a full saw, held. */
    static final Timbre DRIVE = of("overdrive", harmonics(14, 0.8), 0.004, 0.9, 0.05);
    /** Synth square: odd harmonics only. */
    static final Timbre SQUARE = of("square", oddHarmonics(13), 0.003, 0.18, 0.03);
    /** Bass: round, low. */
    static final Timbre BASS = of("bass", new double[] {1, 0.45, 0.2, 0.1}, 0.01, 0.8, 0.08);
    /** Synth bass: saw, short. */
    static final Timbre SAW_BASS = of("saw bass", harmonics(9, 1.0), 0.005, 0.25, 0.04);

    private static Timbre of(String name, double[] amplitudes, double attack, double decay, double release) {
        float[] cycle = new float[TABLE];
        double peak = 0;
        double[] wave = new double[TABLE];
        for (int i = 0; i < TABLE; i++) {
            for (int k = 0; k < amplitudes.length; k++) {
                wave[i] += amplitudes[k] * Math.sin(2 * Math.PI * (k + 1) * i / TABLE);
            }
            peak = Math.max(peak, Math.abs(wave[i]));
        }
        for (int i = 0; i < TABLE; i++) {
            cycle[i] = (float) (wave[i] / peak);
        }
        return new Timbre(name, cycle, attack, decay, release);
    }

    /** Harmonics 1..n at 1/k^slope: 1 is a saw, steeper is mellower. */
    private static double[] harmonics(int n, double slope) {
        double[] a = new double[n];
        for (int k = 1; k <= n; k++) {
            a[k - 1] = 1 / Math.pow(k, slope);
        }
        return a;
    }

    private static double[] oddHarmonics(int n) {
        double[] a = new double[n];
        for (int k = 1; k <= n; k += 2) {
            a[k - 1] = 1.0 / k;
        }
        return a;
    }

    /**
     * Adds one note to {@code out}: {@code hz} for {@code length} samples from {@code start}, at {@code amplitude}.
     * A struck note stops once it has faded to silence.
     */
    void play(float[] out, int start, int length, double hz, double amplitude, int rate) {
        int ring = decay == Double.POSITIVE_INFINITY ? length : (int) Math.min(length, 6 * decay * rate);
        int releaseFrom = Math.max(0, length - (int) (release * rate));
        double step = hz * TABLE / rate;
        double phase = 0;
        double attackSamples = Math.max(1, attack * rate);
        double fall = decay == Double.POSITIVE_INFINITY ? 1 : Math.exp(-1 / (decay * rate));
        double level = 1;
        int end = Math.min(out.length - start, ring);
        for (int i = 0; i < end; i++) {
            double gain = level * Math.min(1, i / attackSamples);
            if (i >= releaseFrom) {
                gain *= (length - i) / (double) (length - releaseFrom);
            }
            out[start + i] += (float) (amplitude * gain * cycle[(int) phase]);
            phase += step;
            if (phase >= TABLE) {
                phase -= TABLE;
            }
            level *= fall;
        }
    }
}
