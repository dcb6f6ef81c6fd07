package studio.loqui.media.voiceprint;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Dct;
import studio.loqui.media.dsp.MelFilterBank;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.SpectralAnalyzer;
import studio.loqui.media.dsp.Windows;

/**
 * Frame-by-frame log mel energies and mel-cepstra c1..c12, framed as {@link EnvelopeShaper} frames
 * (512-point Hann, hop 128), so what is learned on these frames applies to the shaper's.
 *
 * @param logMel  natural-log energy of {@link SpectralAnalyzer#MEL_BANDS} mel bands per frame
 * @param cepstra c1..c12 per frame
 * @param active  speech frames (louder than the loud frames minus a range)
 */
record MelFrames(double[][] logMel, double[][] cepstra, boolean[] active) {

    static final int FFT = 512;
    static final int HOP = FFT / 4;
    static final int CEPSTRA = SpectralAnalyzer.MFCC_COUNT - 1;

    static MelFrames of(PcmAudio audio) {
        RealFft fft = new RealFft(FFT);
        float[] window = Windows.hann(FFT);
        MelFilterBank mel = bank(audio.sampleRate());
        float[] x = audio.samples();
        int frames = (x.length + FFT) / HOP;
        double[][] logMel = new double[frames][];
        double[][] cepstra = new double[frames][];
        double[] energy = new double[frames];
        for (int f = 0; f < frames; f++) {
            float[] spectrum = fft.frame(x, f * HOP - FFT / 2, window);
            fft.forward(spectrum);
            float[] power = fft.power(spectrum);
            for (float p : power) {
                energy[f] += p;
            }
            logMel[f] = mel.logEnergies(power);
            cepstra[f] = cepstra(logMel[f]);
        }
        return new MelFrames(logMel, cepstra, SpectralAnalyzer.activeFrames(energy));
    }

    static MelFilterBank bank(int sampleRate) {
        return new MelFilterBank(SpectralAnalyzer.MEL_BANDS, FFT, sampleRate, 60, Math.min(7600, sampleRate / 2.0));
    }

    static double[] cepstra(double[] logMel) {
        double[] c = Dct.dct2(logMel, CEPSTRA + 1);
        double[] out = new double[CEPSTRA];
        System.arraycopy(c, 1, out, 0, CEPSTRA);
        return out;
    }

    /** Indices of the active frames. */
    int[] speech() {
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        int[] out = new int[n];
        int at = 0;
        for (int f = 0; f < active.length; f++) {
            if (active[f]) {
                out[at++] = f;
            }
        }
        return out;
    }
}
