package studio.loqui.media.tts;

import marytts.htsengine.HMMData;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSParameterGeneration;
import studio.loqui.media.dsp.RealFft;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mixed-excitation vocoder for HTS parameters (mel-cepstrum, log F0, band voicing strengths) that
 * synthesises directly at the output rate in the frequency domain, instead of running MaryTTS's
 * per-sample MLSA filter at the voice's 48 kHz and decimating (three quarters of Mary's time).
 *
 * <p>Per frame, the post-filtered mel-cepstrum is evaluated on the output FFT's bins (frequency
 * warping included) and turned into a minimum-phase spectrum. Pitch pulses of amplitude
 * {@code sqrt(period)} and sine-windowed Gaussian noise of unit power are shaped by it and by the
 * voice's mixed-excitation band filters, weighted as Mary weights them ({@code str} for pulses,
 * {@code 1 - str} for noise), and overlap-added. Pulses keep their fractional positions through a
 * phase ramp, so the pitch is as exact as at 48 kHz. Not thread-safe: one per renderer.
 */
final class SpectralHtsVocoder {

    static final int FFT_SIZE = 512;
    /** Samples before a pulse or noise segment that its (zero-phase weighted) response may reach. */
    private static final int PRE_RING = 64;
    static final int BINS = FFT_SIZE / 2 + 1;
    private static final int ENERGY_POINTS = 96;
    /**
     * Raised-cosine roll-off over the top tenth of the band on either side of 90 % of Nyquist, like
     * a recording's anti-alias filter: without it the 7-8 kHz band came out ~10 dB louder than
     * Mary's own 48 kHz output decimated to 16 kHz.
     */
    private static final double ROLL_OFF_START = 0.8;
    private static final double ROLL_OFF_END = 1.0;
    /** Gain at Nyquist: the band stays audible to measures that compare it, as in the decimated output. */
    private static final double ROLL_OFF_FLOOR = 0.1;

    private final int outputRate;
    private final int voiceRate;
    private final int hop;
    private final double alpha;
    private final double beta;
    private final double f0Std;
    private final double f0Shift;
    private final RealFft fft = new RealFft(FFT_SIZE);
    private double[][] warpedCosines = new double[0][];
    private double[][] fullBandCosines = new double[0][];
    private final float[][] bandRe;
    private final float[][] bandIm;
    private final boolean mixedExcitation;
    /** The output FFT's bins as angular frequencies at the voice's rate. */
    private final double[] outputBins;
    private final float[] rollOff = rollOff();
    private final float[] bandSumRe = new float[BINS];
    private final float[] bandSumIm = new float[BINS];
    private final float[] noiseWindow;

    SpectralHtsVocoder(HMMData data, int outputRate) {
        if (data.getStage() != 0) {
            throw new IllegalArgumentException("only mel-cepstral (gamma 0) HTS voices are supported");
        }
        if ((long) data.getFperiod() * outputRate % data.getRate() != 0) {
            throw new IllegalArgumentException("frame period does not map to whole samples at " + outputRate + " Hz");
        }
        this.outputRate = outputRate;
        this.voiceRate = data.getRate();
        this.hop = data.getFperiod() * outputRate / voiceRate;
        this.alpha = data.getAlpha();
        this.beta = data.getBeta();
        this.f0Std = data.getF0Std();
        this.f0Shift = data.getF0Mean();
        this.outputBins = WarpedFrequencies.bins(BINS, FFT_SIZE, outputRate, voiceRate);
        this.mixedExcitation = data.getUseMixExc() && data.getMixFilters() != null;
        double[][] filters = mixedExcitation ? data.getMixFilters() : new double[0][];
        this.bandRe = new float[filters.length][BINS];
        this.bandIm = new float[filters.length][BINS];
        for (int i = 0; i < filters.length; i++) {
            WarpedFrequencies.response(filters[i], outputBins, bandRe[i], bandIm[i]);
            for (int k = 0; k < BINS; k++) {
                bandSumRe[k] += bandRe[i][k];
                bandSumIm[k] += bandIm[i][k];
            }
        }
        this.noiseWindow = sineWindow(2 * hop);
    }

    int outputRate() {
        return outputRate;
    }

    double frameSeconds() {
        return (double) hop / outputRate;
    }

    /** F0 per frame as Mary's vocoder would use it (its formula and options), 0 where unvoiced. */
    float[] f0(HTSParameterGeneration parameters) {
        HTSPStream lf0 = parameters.getlf0Pst();
        boolean[] voiced = parameters.getVoicedArray();
        int frames = parameters.getMcepPst().getT();
        double meanF0 = 0;
        int voicedFrames = 0;
        for (int t = 0; t < frames; t++) {
            if (voiced[t]) {
                meanF0 += Math.exp(lf0.getPar(voicedFrames++, 0));
            }
        }
        meanF0 = voicedFrames > 0 ? meanF0 / voicedFrames : 0;
        float[] f0 = new float[frames];
        for (int t = 0, v = 0; t < frames; t++) {
            if (voiced[t]) {
                f0[t] = (float) Math.max(0, f0Std * Math.exp(lf0.getPar(v++, 0)) + (1 - f0Std) * meanF0 + f0Shift);
            }
        }
        return f0;
    }

    /**
     * The sentence's waveform at {@link #outputRate()}, at the level Mary's vocoder gives it, spoken
     * at {@code f0} (Hz per frame, 0 where unvoiced: {@link #f0} or a track moved from it).
     */
    double[] synthesize(HTSParameterGeneration parameters, float[] f0) {
        HTSPStream mcep = parameters.getMcepPst();
        int frames = mcep.getT();
        if (warpedCosines.length != mcep.getOrder()) {
            warpedCosines = widened(WarpedFrequencies.cosines(mcep.getOrder(), alpha, outputBins));
            fullBandCosines = widened(WarpedFrequencies.cosines(mcep.getOrder(), alpha,
                    WarpedFrequencies.acrossBand(ENERGY_POINTS)));
        }
        double[] periods = new double[frames];
        for (int t = 0; t < frames; t++) {
            periods[t] = f0[t] > 0 ? outputRate / f0[t] : 0;
        }
        double[] out = new double[frames * hop + FFT_SIZE + PRE_RING];
        VocoderFrame buffers = new VocoderFrame();
        SplittableRandom noise = new SplittableRandom(1);
        double nextPulse = -1;
        double previousPeriod = 0;
        for (int t = 0; t < frames; t++) {
            envelope(mcep, t, buffers);
            excitationWeights(parameters.getStrPst(), t, periods[t] > 0, buffers);
            buffers.nextFrame(periods[t] > 0);
            addNoise(t, noise, buffers, out);
            if (periods[t] <= 0) {
                nextPulse = -1;
                previousPeriod = 0;
                continue;
            }
            int start = t * hop;
            if (nextPulse < start) {
                nextPulse = start;
                previousPeriod = periods[t];
            }
            while (nextPulse < start + hop) {
                double along = (nextPulse - start) / hop;
                double period = previousPeriod + (periods[t] - previousPeriod) * along;
                addPulse(nextPulse, period, along, buffers, out);
                nextPulse += period;
            }
            previousPeriod = periods[t];
        }
        return trimmedAndScaled(out, frames * hop);
    }

    /** The frame's minimum-phase spectral envelope, packed, into {@code b.envelope}. */
    private void envelope(HTSPStream mcep, int t, VocoderFrame b) {
        int order = warpedCosines.length;
        double[] mc = new double[order];
        for (int i = 0; i < order; i++) {
            mc[i] = mcep.getPar(t, i);
        }
        postfilter(mc);
        float[] cepstrum = b.envelope;
        double[] logAmplitude = b.logAmplitude;
        sumOfRows(mc, warpedCosines, logAmplitude);
        for (int k = 0; k < BINS; k++) {
            setReal(cepstrum, k, (float) logAmplitude[k]);
        }
        fft.inverse(cepstrum);
        for (int n = 1; n < FFT_SIZE / 2; n++) {
            cepstrum[n] *= 2;
        }
        for (int n = FFT_SIZE / 2 + 1; n < FFT_SIZE; n++) {
            cepstrum[n] = 0;
        }
        fft.forward(cepstrum);
        float[] spectrum = cepstrum;
        spectrum[0] = (float) Math.exp(spectrum[0]);
        spectrum[1] = (float) Math.exp(spectrum[1]);
        for (int k = 1; k < FFT_SIZE / 2; k++) {
            double magnitude = Math.exp(spectrum[2 * k]);
            double phase = spectrum[2 * k + 1];
            spectrum[2 * k] = (float) (magnitude * Math.cos(phase));
            spectrum[2 * k + 1] = (float) (magnitude * Math.sin(phase));
        }
    }

    /**
     * Mary's formant-sharpening post-filter: the MLSA coefficients past the first grow by
     * {@code beta}, then the gain term restores the frame's energy over the voice's whole band.
     */
    private void postfilter(double[] mc) {
        int m = mc.length - 1;
        if (beta <= 0 || m < 2) {
            return;
        }
        double before = fullBandEnergy(mc);
        double[] b = new double[m + 1];
        b[m] = mc[m];
        for (int i = m - 1; i >= 0; i--) {
            b[i] = mc[i] - alpha * b[i + 1];
        }
        b[1] -= beta * alpha * mc[2];
        for (int i = 2; i < m; i++) {
            b[i] *= 1 + beta;
        }
        mc[m] = b[m];
        for (int i = m - 1; i >= 0; i--) {
            mc[i] = b[i] + alpha * b[i + 1];
        }
        mc[0] += 0.5 * Math.log(before / fullBandEnergy(mc));
    }

    /** Mean power gain of the mel-cepstral filter over the voice's band, on a coarse grid. */
    private double fullBandEnergy(double[] mc) {
        int points = fullBandCosines[0].length;
        double[] logAmplitude = new double[points];
        sumOfRows(mc, fullBandCosines, logAmplitude);
        double sum = 0;
        for (int j = 0; j < points; j++) {
            sum += Math.exp(2 * logAmplitude[j]);
        }
        return sum / points;
    }

    /**
     * {@code into[k] = sum over i of weight[i] * rows[i][k]}, row by row so that the inner loop runs along
     * memory (the JIT vectorises it); each sum still adds its terms in the order of {@code i}.
     */
    private static void sumOfRows(double[] weight, double[][] rows, double[] into) {
        Arrays.fill(into, 0, rows[0].length, 0);
        for (int i = 0; i < weight.length; i++) {
            double w = weight[i];
            double[] row = rows[i];
            for (int k = 0; k < row.length; k++) {
                into[k] += w * row[k];
            }
        }
    }

    /** Magnitudes of the summed band filters: strengths for the pulses, the rest for the noise. */
    private void excitationWeights(HTSPStream strengths, int t, boolean voiced, VocoderFrame b) {
        if (!mixedExcitation || strengths == null) {
            for (int k = 0; k < BINS; k++) {
                b.pulseWeight[k] = voiced ? rollOff[k] : 0f;
                b.noiseWeight[k] = voiced ? 0f : rollOff[k];
            }
            return;
        }
        double[] strength = new double[bandRe.length];
        for (int i = 0; i < strength.length; i++) {
            strength[i] = strengths.getPar(t, i);
        }
        for (int k = 0; k < BINS; k++) {
            double pRe = 0, pIm = 0;
            for (int i = 0; i < strength.length; i++) {
                pRe += strength[i] * bandRe[i][k];
                pIm += strength[i] * bandIm[i][k];
            }
            double nRe = bandSumRe[k] - pRe, nIm = bandSumIm[k] - pIm;
            b.pulseWeight[k] = (float) Math.sqrt(pRe * pRe + pIm * pIm) * rollOff[k];
            b.noiseWeight[k] = (float) Math.sqrt(nRe * nRe + nIm * nIm) * rollOff[k];
        }
    }

    /** Two frames of sine-windowed noise centred on frame {@code t}, shaped and overlap-added. */
    private void addNoise(int t, SplittableRandom random, VocoderFrame b, double[] out) {
        float[] x = b.work;
        Arrays.fill(x, 0f);
        for (int n = 0; n < noiseWindow.length; n++) {
            x[n] = (float) random.nextGaussian() * noiseWindow[n];
        }
        fft.forward(x);
        shape(x, b.noiseSpectrum);
        fft.inverse(x);
        overlapAdd(x, t * hop + hop / 2 - hop, 1.0, out);
    }

    /**
     * One pitch pulse at a fractional position, {@code along} the frame: its spectrum moves from
     * the previous frame's to this one's, as Mary's filter coefficients do sample by sample.
     */
    private void addPulse(double position, double period, double along, VocoderFrame b, double[] out) {
        int whole = (int) Math.floor(position);
        float[] x = b.work;
        float[] from = b.previousVoiced ? b.previousPulseSpectrum : b.pulseSpectrum;
        for (int i = 0; i < FFT_SIZE; i++) {
            x[i] = (float) (from[i] + (b.pulseSpectrum[i] - from[i]) * along);
        }
        x[1] *= (float) Math.cos(Math.PI * (position - whole));
        rampDelay(x, position - whole);
        fft.inverse(x);
        overlapAdd(x, whole, Math.sqrt(period), out);
    }

    /** Multiplies packed {@code x} by a packed complex spectrum. */
    private static void shape(float[] x, float[] spectrum) {
        x[0] *= spectrum[0];
        x[1] *= spectrum[1];
        for (int k = 1; k < FFT_SIZE / 2; k++) {
            double sRe = spectrum[2 * k], sIm = spectrum[2 * k + 1];
            double xRe = x[2 * k], xIm = x[2 * k + 1];
            x[2 * k] = (float) (xRe * sRe - xIm * sIm);
            x[2 * k + 1] = (float) (xRe * sIm + xIm * sRe);
        }
    }

    /** Delays packed {@code x} by a fraction of a sample (a linear phase ramp). */
    private static void rampDelay(float[] x, double delay) {
        double step = -2 * Math.PI * delay / FFT_SIZE;
        double rotRe = Math.cos(step), rotIm = Math.sin(step);
        double ramRe = rotRe, ramIm = rotIm;
        for (int k = 1; k < FFT_SIZE / 2; k++) {
            double xRe = x[2 * k], xIm = x[2 * k + 1];
            x[2 * k] = (float) (xRe * ramRe - xIm * ramIm);
            x[2 * k + 1] = (float) (xRe * ramIm + xIm * ramRe);
            double r = ramRe * rotRe - ramIm * rotIm;
            ramIm = ramRe * rotIm + ramIm * rotRe;
            ramRe = r;
        }
    }

    /** Adds a circular response at {@code at}; its last {@link #PRE_RING} samples fall before it. */
    private static void overlapAdd(float[] response, int at, double gain, double[] out) {
        for (int n = 0; n < FFT_SIZE; n++) {
            int i = (n < FFT_SIZE - PRE_RING ? at + n : at + n - FFT_SIZE) + PRE_RING;
            if (i >= 0 && i < out.length) {
                out[i] += gain * response[n];
            }
        }
    }

    /** Drops the pre-ring margin; scales to the level of Mary's full-band 48 kHz output. */
    private double[] trimmedAndScaled(double[] out, int length) {
        double scale = Math.sqrt((double) outputRate / voiceRate);
        double[] samples = new double[length];
        for (int n = 0; n < length; n++) {
            samples[n] = out[n + PRE_RING] * scale;
        }
        return samples;
    }

    /** The same values as doubles: products in double then need no conversion, and the sums vectorise. */
    private static double[][] widened(float[][] table) {
        double[][] wide = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            wide[i] = new double[table[i].length];
            for (int k = 0; k < table[i].length; k++) {
                wide[i][k] = table[i][k];
            }
        }
        return wide;
    }

    /** Overlapping copies at half its length have squares summing to one: noise power stays 1. */
    private static float[] sineWindow(int length) {
        float[] w = new float[length];
        for (int n = 0; n < length; n++) {
            w[n] = (float) Math.sin(Math.PI * (n + 0.5) / length);
        }
        return w;
    }

    private static float[] rollOff() {
        float[] gain = new float[BINS];
        for (int k = 0; k < BINS; k++) {
            double fraction = (double) k / (BINS - 1);
            double along = (fraction - ROLL_OFF_START) / (ROLL_OFF_END - ROLL_OFF_START);
            double taper = 0.5 + 0.5 * Math.cos(Math.PI * Math.min(1, along));
            gain[k] = along <= 0 ? 1f : (float) (ROLL_OFF_FLOOR + (1 - ROLL_OFF_FLOOR) * taper);
        }
        return gain;
    }

    private static void setReal(float[] packed, int k, float value) {
        if (k == 0) {
            packed[0] = value;
        } else if (k == FFT_SIZE / 2) {
            packed[1] = value;
        } else {
            packed[2 * k] = value;
            packed[2 * k + 1] = 0;
        }
    }
}
