package studio.loqui.media.lipsync.training;

import studio.loqui.media.dsp.Resampler;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes one synthetic speaker sound like many recordings: resampling moves pitch, formants and tempo
 * together (a larger or smaller vocal tract, a faster or slower talker); gain, background noise and
 * leading and trailing silence vary the recording. Phone timings move with the audio.
 */
public record VoiceVariation(double rate, double gainDb, double noiseDb, double leadSeconds, double tailSeconds) {

    public static final int OUTPUT_RATE = 16_000;

    public static VoiceVariation random(Random r, double rate) {
        return new VoiceVariation(rate, -12 + 12 * r.nextDouble(), -75 + 30 * r.nextDouble(),
                0.1 + 0.6 * r.nextDouble(), 0.1 + 0.6 * r.nextDouble());
    }

    public LabelledSpeech apply(LabelledSpeech speech, Random noise) {
        float[] voiced = resample(speech.samples(), speech.sampleRate());
        int lead = (int) (leadSeconds * OUTPUT_RATE);
        int tail = (int) (tailSeconds * OUTPUT_RATE);
        float[] out = new float[lead + voiced.length + tail];
        double gain = Math.pow(10, gainDb / 20);
        double noiseLevel = Math.pow(10, noiseDb / 20);
        for (int i = 0; i < out.length; i++) {
            double s = i >= lead && i < lead + voiced.length ? voiced[i - lead] * gain : 0;
            out[i] = (float) (s + noiseLevel * noise.nextGaussian());
        }
        return new LabelledSpeech(out, OUTPUT_RATE, shiftedTimings(speech.phones()));
    }

    private List<PhoneTiming> shiftedTimings(List<PhoneTiming> phones) {
        List<PhoneTiming> moved = new ArrayList<>(phones.size());
        for (PhoneTiming p : phones) {
            moved.add(new PhoneTiming(p.phone(), leadSeconds + p.start() / rate, leadSeconds + p.end() / rate));
        }
        return moved;
    }

    // Output sample n plays source time n * rate / 16000; a box filter first keeps aliasing down.
    private float[] resample(float[] source, int sourceRate) {
        double step = rate * sourceRate / OUTPUT_RATE;
        int box = Math.max(1, (int) Math.round(step));
        float[] smoothed = boxFilter(source, box);
        return Resampler.interpolate(smoothed, step, (int) (source.length / step));
    }

    private static float[] boxFilter(float[] x, int width) {
        if (width <= 1) {
            return x;
        }
        float[] out = new float[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i];
            if (i >= width) {
                sum -= x[i - width];
            }
            out[i] = (float) (sum / Math.min(i + 1, width));
        }
        return out;
    }
}
