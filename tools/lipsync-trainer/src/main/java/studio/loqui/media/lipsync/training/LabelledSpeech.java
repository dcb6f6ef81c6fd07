package studio.loqui.media.lipsync.training;

import java.util.List;

/** Synthesised speech with the phone timings its synthesiser realised. */
public record LabelledSpeech(float[] samples, int sampleRate, List<PhoneTiming> phones) {

    public double durationSeconds() {
        return (double) samples.length / sampleRate;
    }
}
