package studio.loqui.speech;

/** Which product made a voice. */
public enum VoiceOrigin {
    /** Seed 000: {@code POST /api/voice/clones}. */
    CLONE,
    /** Seed 002: {@code POST /api/samples/upload}. */
    SAMPLE,
    /** Seed 001: {@code POST /api/v1/voices/create-profile}. */
    PROFILE
}
