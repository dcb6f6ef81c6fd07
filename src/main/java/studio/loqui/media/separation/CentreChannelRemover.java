package studio.loqui.media.separation;

import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.Windows;

/**
 * Takes out, inside the speech spans, what the two channels have in common: a voice mixed to the centre. In each
 * STFT bin the similarity of left and right ({@code 2 Re(L R*) / (|L|² + |R|²)}, 1 for identical channels, 0 or
 * less for unrelated or opposed ones) scales the mid {@code (L + R) / 2}, and that is subtracted from both
 * channels. Their difference, the side, is kept whole, and music panned apart from the voice is hardly touched.
 */
final class CentreChannelRemover {

    static final double FRAME_SECONDS = 0.064;
    /** The similarity is raised to this, so that only bins the two channels nearly share are taken. */
    static final double SHARPNESS = 4;

    private CentreChannelRemover() {
    }

    static StereoPcm withoutCentre(StereoPcm mix, SpeechSpans speech) {
        int rate = mix.sampleRate();
        int size = Integer.highestOneBit((int) Math.round(FRAME_SECONDS * rate));
        int hop = size / 4;
        RealFft fft = new RealFft(size);
        float[] window = Windows.hann(size);
        float[] l = mix.left().samples();
        float[] r = mix.right().samples();
        float[] outL = new float[l.length];
        float[] outR = new float[r.length];
        float[] weight = new float[l.length];
        for (int start = -size / 2; start < l.length; start += hop) {
            float[] fl = fft.frame(l, start, window);
            float[] fr = fft.frame(r, start, window);
            if (speech.contains((start + size / 2.0) / rate)) {
                fft.forward(fl);
                fft.forward(fr);
                subtractCommon(fl, fr);
                fft.inverse(fl);
                fft.inverse(fr);
            }
            for (int i = 0; i < size; i++) {
                int n = start + i;
                if (n >= 0 && n < l.length) {
                    outL[n] += fl[i] * window[i];
                    outR[n] += fr[i] * window[i];
                    weight[n] += window[i] * window[i];
                }
            }
        }
        for (int n = 0; n < l.length; n++) {
            if (weight[n] > 1e-6f) {
                outL[n] /= weight[n];
                outR[n] /= weight[n];
            }
        }
        return new StereoPcm(new PcmAudio(outL, rate), new PcmAudio(outR, rate));
    }

    /** On packed transforms; the DC and Nyquist pair at index 0 is left as it is. */
    private static void subtractCommon(float[] l, float[] r) {
        for (int i = 2; i + 1 < l.length; i += 2) {
            double power = l[i] * l[i] + l[i + 1] * l[i + 1] + r[i] * r[i] + r[i + 1] * r[i + 1];
            if (power <= 0) {
                continue;
            }
            double cross = l[i] * r[i] + l[i + 1] * r[i + 1];
            float similarity = (float) Math.pow(Math.max(0, 2 * cross / power), SHARPNESS);
            float midRe = 0.5f * similarity * (l[i] + r[i]);
            float midIm = 0.5f * similarity * (l[i + 1] + r[i + 1]);
            l[i] -= midRe;
            l[i + 1] -= midIm;
            r[i] -= midRe;
            r[i + 1] -= midIm;
        }
    }
}
