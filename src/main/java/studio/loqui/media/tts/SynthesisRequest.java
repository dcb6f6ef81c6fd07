package studio.loqui.media.tts;

/**
 * @param text      what to say; at most {@link #MAX_TEXT_CHARS} characters
 * @param language  language code such as {@code en}, {@code de}, {@code pt-br}
 * @param voice     voice choice and speed
 * @param timings   whether phoneme timings are wanted (costs a second pass on some engines)
 */
public record SynthesisRequest(String text, String language, VoiceOptions voice, boolean timings) {

    public static final int MAX_TEXT_CHARS = 5000;

    public SynthesisRequest {
        voice = voice == null ? VoiceOptions.DEFAULT : voice;
    }

    public static SynthesisRequest of(String text, String language) {
        return new SynthesisRequest(text, language, VoiceOptions.DEFAULT, false);
    }

    /** Throws when the text is empty or too long. */
    public void validate() {
        if (text == null || text.isBlank()) {
            throw new SynthesisException("The text to speak is empty.");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new SynthesisException("The text has " + text.length() + " characters; at most "
                    + MAX_TEXT_CHARS + " can be spoken at once.");
        }
    }
}
