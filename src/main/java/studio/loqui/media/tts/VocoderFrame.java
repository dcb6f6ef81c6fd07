package studio.loqui.media.tts;

import static studio.loqui.media.tts.SpectralHtsVocoder.BINS;
import static studio.loqui.media.tts.SpectralHtsVocoder.FFT_SIZE;

/** One frame's spectra in {@link SpectralHtsVocoder}, reused from frame to frame (JTransforms' packed layout). */
final class VocoderFrame {

    final float[] envelope = new float[FFT_SIZE];
    final double[] logAmplitude = new double[BINS];
    final float[] pulseWeight = new float[BINS];
    final float[] noiseWeight = new float[BINS];
    final float[] work = new float[FFT_SIZE];
    float[] pulseSpectrum = new float[FFT_SIZE];
    float[] previousPulseSpectrum = new float[FFT_SIZE];
    final float[] noiseSpectrum = new float[FFT_SIZE];
    boolean voiced;
    boolean previousVoiced;

    /** Combines this frame's envelope and weights; keeps the previous frame's pulse spectrum. */
    void nextFrame(boolean voicedNow) {
        float[] spare = previousPulseSpectrum;
        previousPulseSpectrum = pulseSpectrum;
        pulseSpectrum = spare;
        previousVoiced = voiced;
        voiced = voicedNow;
        weigh(envelope, pulseWeight, pulseSpectrum);
        weigh(envelope, noiseWeight, noiseSpectrum);
    }

    private static void weigh(float[] envelope, float[] weight, float[] into) {
        into[0] = envelope[0] * weight[0];
        into[1] = envelope[1] * weight[BINS - 1];
        for (int k = 1; k < FFT_SIZE / 2; k++) {
            into[2 * k] = envelope[2 * k] * weight[k];
            into[2 * k + 1] = envelope[2 * k + 1] * weight[k];
        }
    }
}
