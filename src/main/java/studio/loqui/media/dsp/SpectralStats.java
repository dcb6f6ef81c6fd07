package studio.loqui.media.dsp;

/**
 * Long-term spectral description of the active (speech) frames of a signal.
 *
 * @param meanLogMel  mean natural-log energy of each mel band
 * @param mfccMean    mean MFCCs c1..c12 (c0, the level, left out); the DCT of {@link #meanLogMel}
 * @param ltasDb      long-term average spectrum: 10·log10 of mean power per band of {@link #LTAS_BAND_HZ}
 */
public record SpectralStats(double[] meanLogMel, double[] mfccMean, double[] ltasDb) {

    public static final double LTAS_BAND_HZ = 250;
    /** LTAS comparisons use bands from this one up: under 250 Hz the room and microphone dominate. */
    public static final int LTAS_FIRST_COMPARED_BAND = 1;

    /** Euclidean distance between mean MFCC vectors (c1..c12). */
    public double mfccDistance(SpectralStats other) {
        double sum = 0;
        for (int i = 0; i < Math.min(mfccMean.length, other.mfccMean.length); i++) {
            double d = mfccMean[i] - other.mfccMean[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** RMS difference in dB between two LTAS after removing each one's mean level. */
    public double ltasDistanceDb(SpectralStats other) {
        int n = Math.min(ltasDb.length, other.ltasDb.length);
        double meanA = mean(ltasDb, n);
        double meanB = mean(other.ltasDb, n);
        double sum = 0;
        for (int i = LTAS_FIRST_COMPARED_BAND; i < n; i++) {
            double d = (ltasDb[i] - meanA) - (other.ltasDb[i] - meanB);
            sum += d * d;
        }
        return Math.sqrt(sum / Math.max(1, n - LTAS_FIRST_COMPARED_BAND));
    }

    private static double mean(double[] v, int n) {
        double s = 0;
        for (int i = LTAS_FIRST_COMPARED_BAND; i < n; i++) {
            s += v[i];
        }
        return s / Math.max(1, n - LTAS_FIRST_COMPARED_BAND);
    }
}
