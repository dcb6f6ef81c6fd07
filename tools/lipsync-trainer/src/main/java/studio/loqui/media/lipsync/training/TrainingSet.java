package studio.loqui.media.lipsync.training;

import studio.loqui.media.lipsync.LipSyncNetwork;
import studio.loqui.media.lipsync.LogMelSpectrogram;
import studio.loqui.media.lipsync.MouthShape;
import studio.loqui.media.lipsync.Smoothing;
import studio.loqui.media.lipsync.SpeechFeatures;

import java.util.Arrays;
import java.util.List;

/**
 * Feature windows and mouth targets, one example every second hop, grown utterance by utterance.
 * Targets are the viseme of the phone sounding at each hop, smoothed over about 30 ms because lips
 * blend from one phone into the next.
 */
public final class TrainingSet {

    private static final int EXAMPLE_EVERY_HOPS = 2;
    private static final double COARTICULATION_HOPS = 3;

    private float[] inputs = new float[1 << 20];
    private float[] targets = new float[1 << 16];
    private int size;

    public void add(LabelledSpeech speech) {
        SpeechFeatures features = SpeechFeatures.of(speech.samples());
        float[][] labels = labels(speech.phones(), features.hops());
        for (int h = 0; h < features.hops(); h += EXAMPLE_EVERY_HOPS) {
            grow();
            features.window(h, inputs, size * SpeechFeatures.SIZE);
            for (int p = 0; p < LipSyncNetwork.OUTPUTS; p++) {
                targets[size * LipSyncNetwork.OUTPUTS + p] = labels[p][h];
            }
            size++;
        }
    }

    public int size() {
        return size;
    }

    public float[] inputs() {
        return Arrays.copyOf(inputs, size * SpeechFeatures.SIZE);
    }

    public float[] targets() {
        return Arrays.copyOf(targets, size * LipSyncNetwork.OUTPUTS);
    }

    /** Per-hop targets (open, spread, round) for phones timed in seconds. */
    static float[][] labels(List<PhoneTiming> phones, int hops) {
        float[][] tracks = new float[LipSyncNetwork.OUTPUTS][hops];
        int next = 0;
        for (int h = 0; h < hops; h++) {
            double t = (h * LogMelSpectrogram.HOP + LogMelSpectrogram.HOP / 2.0) / LogMelSpectrogram.SAMPLE_RATE;
            while (next < phones.size() && phones.get(next).end() <= t) {
                next++;
            }
            boolean inside = next < phones.size() && phones.get(next).start() <= t;
            MouthShape shape = inside ? VisemeTargets.of(phones.get(next).phone()) : MouthShape.CLOSED;
            tracks[0][h] = shape.open();
            tracks[1][h] = shape.spread();
            tracks[2][h] = shape.round();
        }
        for (int p = 0; p < tracks.length; p++) {
            tracks[p] = Smoothing.gaussian(tracks[p], COARTICULATION_HOPS);
        }
        return tracks;
    }

    private void grow() {
        if ((size + 1) * SpeechFeatures.SIZE > inputs.length) {
            inputs = Arrays.copyOf(inputs, inputs.length * 2);
        }
        if ((size + 1) * LipSyncNetwork.OUTPUTS > targets.length) {
            targets = Arrays.copyOf(targets, targets.length * 2);
        }
    }
}
