package studio.loqui.media.render;

/** Mono speech as samples in [-1, 1]. */
public record SpeechAudio(float[] samples, int sampleRate) {

    public double durationSeconds() {
        return (double) samples.length / sampleRate;
    }
}
