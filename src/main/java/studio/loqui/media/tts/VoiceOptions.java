package studio.loqui.media.tts;

/**
 * @param voiceName  engine-specific voice, or null for the engine's default for the language
 * @param gender     {@code male}/{@code female} preference where the engine has variants, or null
 * @param speed      speaking-rate factor, 1 = the engine's normal rate (0.5 .. 2)
 */
public record VoiceOptions(String voiceName, String gender, double speed) {

    public static final VoiceOptions DEFAULT = new VoiceOptions(null, null, 1.0);

    public VoiceOptions {
        if (!(speed >= 0.5 && speed <= 2.0)) {
            throw new SynthesisException("speed must be between 0.5 and 2, was " + speed);
        }
    }
}
