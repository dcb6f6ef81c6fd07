package studio.loqui.media.tts;

/**
 * Frequency tables for evaluating HTS parameters at chosen frequencies: angular frequencies at the
 * voice's sampling rate, the mel-cepstral cosine basis on the all-pass warped axis, and FIR responses.
 */
final class WarpedFrequencies {

    private WarpedFrequencies() {
    }

    /** Bin {@code k} of an {@code fftSize}-point FFT at {@code outputRate}, as an angle at {@code voiceRate}. */
    static double[] bins(int count, int fftSize, int outputRate, int voiceRate) {
        double[] omega = new double[count];
        for (int k = 0; k < count; k++) {
            omega[k] = 2 * Math.PI * ((double) k * outputRate / fftSize) / voiceRate;
        }
        return omega;
    }

    /** {@code points} angles evenly across the voice's whole band, at the centres of equal steps. */
    static double[] acrossBand(int points) {
        double[] omega = new double[points];
        for (int j = 0; j < points; j++) {
            omega[j] = Math.PI * (j + 0.5) / points;
        }
        return omega;
    }

    /** {@code cos(m * warped(omega))}: a log amplitude is the sum of mel-cepstral coefficients times these. */
    static float[][] cosines(int order, double alpha, double[] omegas) {
        float[][] table = new float[order][omegas.length];
        for (int k = 0; k < omegas.length; k++) {
            double omega = omegas[k];
            double warped = omega + 2 * Math.atan(alpha * Math.sin(omega) / (1 - alpha * Math.cos(omega)));
            for (int m = 0; m < order; m++) {
                table[m][k] = (float) Math.cos(m * warped);
            }
        }
        return table;
    }

    /** Complex frequency response of an FIR filter at the given angles. */
    static void response(double[] taps, double[] omegas, float[] re, float[] im) {
        for (int k = 0; k < omegas.length; k++) {
            double sumRe = 0, sumIm = 0;
            for (int j = 0; j < taps.length; j++) {
                sumRe += taps[j] * Math.cos(omegas[k] * j);
                sumIm -= taps[j] * Math.sin(omegas[k] * j);
            }
            re[k] = (float) sumRe;
            im[k] = (float) sumIm;
        }
    }
}
