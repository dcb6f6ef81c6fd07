package studio.loqui.media.voiceprint;

import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.RealFft;
import studio.loqui.media.dsp.Windows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The speaker's voice alone, for analysis: the background heard between the recognised words (music,
 * tones, hum, noise) is learnt as a spectrum and subtracted from the speech, and only the recognised
 * stretches are kept. So a steady tone or a music bed under a man's voice is not read as his pitch.
 */
public final class SpeechIsolation {

    static final int FFT = 512;
    static final int HOP = FFT / 4;
    /** Below this much background between words there is nothing reliable to learn. */
    static final double MIN_BACKGROUND_SECONDS = 0.5;
    private static final double LOWEST_NOTE_HZ = 40;
    private static final int NOTES = 4 * 12 * 5;
    private static final double NOTE_SHARE = 0.03;
    private static final float OVER_SUBTRACTION = 3.0f;
    private static final float SPECTRAL_FLOOR = 0.05f;

    private final RealFft fft = new RealFft(FFT);
    private final float[] window = Windows.hann(FFT);

    /** The recognised speech with the background removed, the stretches joined end to end. */
    public PcmAudio isolate(PcmAudio audio, SpeechSpans speech) {
        return keepSpans(withoutBackground(audio, speech), speech);
    }

    /** The whole recording with the background learnt between the words subtracted. */
    public PcmAudio withoutBackground(PcmAudio audio, SpeechSpans speech) {
        float[] background = backgroundPower(audio, speech);
        return background == null ? audio : subtract(audio, background);
    }

    /**
     * The pitch track of the recognised speech, joined as {@link #keepSpans} joins the audio, without the
     * frames whose pitch is one the background itself plays between the words (a note of the music, a tone):
     * those are the music heard through the voice, not the voice.
     */
    public PitchTrack speakerPitch(PitchTrack track, SpeechSpans speech) {
        boolean[] backgroundNotes = backgroundNotes(track, speech);
        float[] f0 = track.f0Hz();
        float[] kept = new float[f0.length];
        int n = 0;
        for (SpeechSpans.Span s : speech.spans()) {
            int from = Math.max(0, (int) Math.round(s.start() / track.hopSeconds()));
            int to = Math.min(f0.length, (int) Math.round(s.end() / track.hopSeconds()));
            for (int i = from; i < to; i++) {
                kept[n++] = f0[i] > 0 && backgroundNotes[noteOf(f0[i])] ? 0 : f0[i];
            }
        }
        return new PitchTrack(Arrays.copyOf(kept, n), track.hopSeconds());
    }

    /** Pitches (by quarter-tone) that take up at least {@link #NOTE_SHARE} of the voiced background frames. */
    private static boolean[] backgroundNotes(PitchTrack track, SpeechSpans speech) {
        int[] counts = new int[NOTES];
        int voiced = 0;
        float[] f0 = track.f0Hz();
        for (int i = 0; i < f0.length; i++) {
            if (f0[i] > 0 && !speech.contains(i * track.hopSeconds())) {
                counts[noteOf(f0[i])]++;
                voiced++;
            }
        }
        boolean[] notes = new boolean[NOTES];
        for (int k = 0; k < NOTES; k++) {
            int around = counts[k] + (k > 0 ? counts[k - 1] : 0) + (k + 1 < NOTES ? counts[k + 1] : 0);
            notes[k] = voiced > 0 && around >= NOTE_SHARE * voiced;
        }
        return notes;
    }

    private static int noteOf(float hz) {
        int note = (int) Math.round(4 * 12 * Math.log(hz / LOWEST_NOTE_HZ) / Math.log(2));
        return Math.max(0, Math.min(NOTES - 1, note));
    }

    /** Median power per bin over the frames outside speech, or null when there are too few of them. */
    float[] backgroundPower(PcmAudio audio, SpeechSpans speech) {
        List<float[]> frames = new ArrayList<>();
        float[] x = audio.samples();
        for (int start = 0; start + FFT <= x.length; start += HOP) {
            double from = start / (double) audio.sampleRate();
            double to = (start + FFT) / (double) audio.sampleRate();
            if (!speech.contains(from) && !speech.contains(to) && !speech.contains((from + to) / 2)) {
                float[] frame = fft.frame(x, start, window);
                fft.forward(frame);
                frames.add(fft.power(frame));
            }
        }
        if (frames.size() * HOP / (double) audio.sampleRate() < MIN_BACKGROUND_SECONDS) {
            return null;
        }
        float[] median = new float[fft.bins()];
        float[] column = new float[frames.size()];
        for (int k = 0; k < median.length; k++) {
            for (int f = 0; f < frames.size(); f++) {
                column[f] = frames.get(f)[k];
            }
            Arrays.sort(column);
            median[k] = column[column.length / 2];
        }
        return median;
    }

    /** Power spectral subtraction with over-subtraction and a floor, overlap-added with the analysis window. */
    PcmAudio subtract(PcmAudio audio, float[] background) {
        float[] x = audio.samples();
        float[] out = new float[x.length];
        float[] gain = new float[fft.bins()];
        float norm = overlapNorm();
        for (int start = -FFT + HOP; start < x.length; start += HOP) {
            float[] frame = fft.frame(x, start, window);
            fft.forward(frame);
            float[] power = fft.power(frame);
            for (int k = 0; k < gain.length; k++) {
                float left = power[k] - OVER_SUBTRACTION * background[k];
                gain[k] = power[k] <= 0 ? 0 : (float) Math.sqrt(Math.max(left, SPECTRAL_FLOOR * power[k]) / power[k]);
            }
            fft.applyGain(frame, gain);
            fft.inverse(frame);
            for (int i = 0; i < FFT; i++) {
                int j = start + i;
                if (j >= 0 && j < out.length) {
                    out[j] += frame[i] * window[i] / norm;
                }
            }
        }
        return new PcmAudio(out, audio.sampleRate());
    }

    /** Sum of the squared window over the overlapping frames: what analysis and synthesis windows add up to. */
    private float overlapNorm() {
        float sum = 0;
        for (int i = 0; i < FFT; i++) {
            sum += window[i] * window[i];
        }
        return sum / HOP;
    }

    static PcmAudio keepSpans(PcmAudio audio, SpeechSpans speech) {
        if (speech.isEmpty()) {
            return audio;
        }
        int rate = audio.sampleRate();
        float[] x = audio.samples();
        float[] kept = new float[x.length];
        int n = 0;
        for (SpeechSpans.Span s : speech.spans()) {
            int from = Math.max(0, (int) Math.round(s.start() * rate));
            int to = Math.min(x.length, (int) Math.round(s.end() * rate));
            if (to > from) {
                System.arraycopy(x, from, kept, n, to - from);
                n += to - from;
            }
        }
        return new PcmAudio(Arrays.copyOf(kept, n), rate);
    }
}
