package studio.loqui.media.lipsync.training;

/** One phone of synthesised speech and when it sounds, in seconds. */
public record PhoneTiming(String phone, double start, double end) {
}
