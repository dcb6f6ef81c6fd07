package studio.loqui.media.separation;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.OverlapAdd;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.Windows;

import java.util.Arrays;

/**
 * Spectral subtraction inside the recognised speech spans. The background's power in each frequency bin is
 * tracked by minimum statistics: the smallest smoothed power within {@link #WINDOW_SECONDS} either side. Speech
 * comes and goes in each bin from syllable to syllable, while music, hum and ambience hold, so that minimum
 * follows the background. Inside speech every bin is brought down to that level (a Wiener-like gain of at most
 * 1), and never above what the bin ever held between phrases (with a margin): where the voice fills a bin for a
 * whole phrase, its minimum is the voice's. Outside speech the recording is untouched, so the background between
 * phrases is the original itself.
 */
@ApplicationScoped
public class SpectralSpeechRemover implements SpeechRemover {

    static final double FRAME_SECONDS = 0.064;
    static final double WINDOW_SECONDS = 0.35;
    /**
     * How far above the tracked minimum a bin may stay: the minimum of a noisy sound sits below its mean. Steady
     * partials are set aside before ({@link TonalLayer}), so this can be low.
     */
    static final float BIAS = 1.5f;
    /** Recursive smoothing of each bin's power from frame to frame, against the minimum catching a dip. */
    static final float SMOOTHING = 0.6f;

    /**
     * Inside speech no bin of the background is left louder than this many times the most it had between phrases:
     * where the voice never leaves a bin (its formants in a long phrase), the tracked minimum is the voice's own, and
     * what is left of it there is heard as words.
     */
    static final float CEILING_MARGIN = 2f;
    static final int CEILING_SPREAD = 2;
    /** Less time than this without speech in a block says too little of its background to cap by. */
    static final double MIN_BETWEEN_SECONDS = 0.5;

    /** Long recordings are worked through in blocks of this, each read with {@link #MARGIN_SECONDS} either side. */
    static final double BLOCK_SECONDS = 20;
    static final double MARGIN_SECONDS = 1.5;

    @Override
    public PcmAudio background(PcmAudio mix, SpeechSpans speech) {
        float[] out = mix.samples().clone();
        int rate = mix.sampleRate();
        int block = (int) (BLOCK_SECONDS * rate);
        int margin = (int) (MARGIN_SECONDS * rate);
        for (int from = 0; from < out.length && !speech.isEmpty(); from += block) {
            int to = Math.min(out.length, from + block);
            int lo = Math.max(0, from - margin);
            int hi = Math.min(out.length, to + margin);
            float[] part = separated(new PcmAudio(Arrays.copyOfRange(mix.samples(), lo, hi), rate), speech,
                    lo / (double) rate);
            System.arraycopy(part, from - lo, out, from, to - from);
        }
        return new PcmAudio(out, rate);
    }

    /**
     * One block, which starts {@code offsetSeconds} into the recording the spans are times of: its steady partials
     * are set aside, the rest is cleaned, and the partials are put back.
     */
    private static float[] separated(PcmAudio mix, SpeechSpans speech, double offsetSeconds) {
        float[] tonal = TonalLayer.of(mix);
        float[] rest = mix.samples().clone();
        for (int n = 0; n < rest.length; n++) {
            rest[n] -= tonal[n];
        }
        float[] out = clean(new PcmAudio(rest, mix.sampleRate()), speech, offsetSeconds);
        for (int n = 0; n < out.length; n++) {
            out[n] += tonal[n];
        }
        return out;
    }

    private static float[] clean(PcmAudio mix, SpeechSpans speech, double offsetSeconds) {
        int size = Integer.highestOneBit((int) Math.round(FRAME_SECONDS * mix.sampleRate()));
        int hop = size / 4;
        RealFft fft = new RealFft(size);
        float[] window = Windows.hann(size);
        float[] x = mix.samples();
        int frames = x.length / hop + 1;
        float[][] spectra = new float[frames][];
        float[][] power = new float[frames][];
        for (int f = 0; f < frames; f++) {
            spectra[f] = fft.frame(x, f * hop - size / 2, window);
            fft.forward(spectra[f]);
            power[f] = fft.power(spectra[f]);
        }
        float[][] smooth = smoothed(power);
        float[][] floor = BackgroundFloor.track(smooth, (int) Math.round(WINDOW_SECONDS * mix.sampleRate() / hop));
        boolean[] inSpeech = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            inSpeech[f] = speech.contains(offsetSeconds + f * hop / (double) mix.sampleRate());
        }
        float[] ceiling = ceiling(smooth, inSpeech, (int) Math.round(MIN_BETWEEN_SECONDS * mix.sampleRate() / hop));
        OverlapAdd out = new OverlapAdd(x.length, window);
        for (int f = 0; f < frames; f++) {
            int start = f * hop - size / 2;
            if (inSpeech[f]) {
                fft.applyGain(spectra[f], gain(power[f], floor[f], ceiling));
            }
            fft.inverse(spectra[f]);
            out.add(spectra[f], start);
        }
        return out.result(1e-6f);
    }

    private static float[][] smoothed(float[][] power) {
        float[][] s = new float[power.length][];
        for (int f = 0; f < power.length; f++) {
            s[f] = power[f].clone();
            if (f > 0) {
                for (int k = 0; k < s[f].length; k++) {
                    s[f][k] = SMOOTHING * s[f - 1][k] + (1 - SMOOTHING) * power[f][k];
                }
            }
        }
        return s;
    }

    /**
     * Per bin, {@link #CEILING_MARGIN} times the most power the background had where nobody speaks, taken over
     * {@link #CEILING_SPREAD} bins either side; null when the block has less than {@code minFrames} without speech.
     */
    private static float[] ceiling(float[][] power, boolean[] inSpeech, int minFrames) {
        int bins = power[0].length;
        float[] most = new float[bins];
        int outside = 0;
        for (int f = 0; f < power.length; f++) {
            if (inSpeech[f]) {
                continue;
            }
            outside++;
            for (int k = 0; k < bins; k++) {
                most[k] = Math.max(most[k], power[f][k]);
            }
        }
        if (outside < minFrames) {
            return null;
        }
        float[] out = new float[bins];
        for (int k = 0; k < bins; k++) {
            for (int j = Math.max(0, k - CEILING_SPREAD); j <= Math.min(bins - 1, k + CEILING_SPREAD); j++) {
                out[k] = Math.max(out[k], CEILING_MARGIN * most[j]);
            }
        }
        return out;
    }

    private static float[] gain(float[] power, float[] floor, float[] ceiling) {
        float[] g = new float[power.length];
        for (int k = 0; k < g.length; k++) {
            double background = BIAS * floor[k];
            if (ceiling != null) {
                background = Math.min(background, ceiling[k]);
            }
            g[k] = power[k] <= 0 ? 1 : (float) Math.min(1, Math.sqrt(background / power[k]));
        }
        return g;
    }
}
