package studio.loqui.media.tts;

/** A labelled stretch of the output (phoneme or word), in seconds from the start. */
public record SpeechTiming(String label, double startSeconds, double endSeconds) {
}
