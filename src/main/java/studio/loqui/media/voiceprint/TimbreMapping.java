package studio.loqui.media.voiceprint;

/**
 * How a voice's spectral envelope is reached from the synthesis engine's: learned from the voice's
 * own samples ({@link #LEARNED}: per class of engine frames, the mean log mel difference between
 * the speaker's frames and the engine's frames saying the same words), or the older global
 * equaliser and formant warp ({@link #GLOBAL}) with the reason learning was not possible.
 *
 * @param method          {@link #LEARNED} or {@link #GLOBAL}
 * @param reason          for {@link #GLOBAL}, why the sample could not be learned from; else null
 * @param parallelSeconds speech the mapping was learned from (aligned speaker frames)
 * @param centroids       per class, the mean mel-cepstrum c1..c12 of the engine's frames
 * @param corrections     per class, log mel energy to add per band (speaker minus engine)
 * @param spread          mean squared distance of the engine's frames to their class centroid
 * @param bandTopHz       highest frequency the samples carry; bands above keep the engine's envelope
 */
public record TimbreMapping(String method, String reason, double parallelSeconds, double[][] centroids,
                            double[][] corrections, double spread, double bandTopHz) {

    public static final String LEARNED = "learned";
    public static final String GLOBAL = "global";

    public static TimbreMapping global(String reason) {
        return new TimbreMapping(GLOBAL, reason, 0, null, null, 0, 0);
    }

    public boolean learned() {
        return LEARNED.equals(method) && corrections != null && centroids != null;
    }

    /** Per-band correction for an engine frame of mel-cepstrum {@code cepstrum}: the classes' blended by nearness. */
    double[] correctionFor(double[] cepstrum) {
        double[] d2 = new double[centroids.length];
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < centroids.length; k++) {
            double d = Dtw.distance(cepstrum, centroids[k]);
            d2[k] = d * d;
            nearest = Math.min(nearest, d2[k]);
        }
        double[] out = new double[corrections[0].length];
        double total = 0;
        for (int k = 0; k < centroids.length; k++) {
            double w = Math.exp(-(d2[k] - nearest) / Math.max(1e-6, spread));
            total += w;
            for (int b = 0; b < out.length; b++) {
                out[b] += w * corrections[k][b];
            }
        }
        for (int b = 0; b < out.length; b++) {
            out[b] /= total;
        }
        return out;
    }
}
