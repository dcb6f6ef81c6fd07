package studio.loqui.media.tts;

/**
 * @param voiceName  engine-specific voice, or null for the engine's default for the language
 * @param gender     {@code male}/{@code female} preference where the engine has variants, or null
 * @param speed      speaking-rate factor, 1 = the engine's normal rate (0.5 .. 2)
 * @param pitch      intonation to speak with where the engine can set it, or null for its own
 */
public record VoiceOptions(String voiceName, String gender, double speed, PitchTarget pitch) {

    public static final VoiceOptions DEFAULT = new VoiceOptions(null, null, 1.0);

    public VoiceOptions {
        if (!(speed >= 0.5 && speed <= 2.0)) {
            throw new SynthesisException("speed must be between 0.5 and 2, was " + speed);
        }
    }

    public VoiceOptions(String voiceName, String gender, double speed) {
        this(voiceName, gender, speed, null);
    }
}
