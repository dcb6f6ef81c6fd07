package studio.loqui.media.dsp;

/** Triangular filters equally spaced on the mel scale (HTK formula), applied to power spectra. */
public final class MelFilterBank {

    private final float[][] weights;
    private final int[] firstBin;

    public MelFilterBank(int filters, int fftSize, int sampleRate, double lowHz, double highHz) {
        weights = new float[filters][];
        firstBin = new int[filters];
        double lowMel = mel(lowHz);
        double highMel = mel(highHz);
        double[] edges = new double[filters + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = hz(lowMel + (highMel - lowMel) * i / (filters + 1)) * fftSize / sampleRate;
        }
        for (int m = 0; m < filters; m++) {
            build(m, edges[m], edges[m + 1], edges[m + 2]);
        }
    }

    private void build(int m, double left, double centre, double right) {
        int from = (int) Math.ceil(left);
        int to = (int) Math.floor(right);
        firstBin[m] = from;
        weights[m] = new float[Math.max(0, to - from + 1)];
        for (int k = from; k <= to; k++) {
            double w = k <= centre ? (k - left) / (centre - left) : (right - k) / (right - centre);
            weights[m][k - from] = (float) Math.max(0, w);
        }
    }

    public int size() {
        return weights.length;
    }

    /** Natural log of each filter's energy, floored so that silence stays finite. */
    public double[] logEnergies(float[] power) {
        return logEnergies(power, 1e-10);
    }

    /** Natural log of {@code floor} plus each filter's energy. */
    public double[] logEnergies(float[] power, double floor) {
        double[] out = new double[weights.length];
        for (int m = 0; m < weights.length; m++) {
            double sum = 0;
            for (int i = 0; i < weights[m].length; i++) {
                sum += weights[m][i] * power[firstBin[m] + i];
            }
            out[m] = Math.log(sum + floor);
        }
        return out;
    }

    public static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    public static double hz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
