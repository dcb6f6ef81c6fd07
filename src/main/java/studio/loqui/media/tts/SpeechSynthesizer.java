package studio.loqui.media.tts;

import studio.loqui.media.MediaEngine;

import java.util.Set;

/** A text-to-speech engine. Implementations are CDI beans, listed by health through {@link MediaEngine}. */
public interface SpeechSynthesizer extends MediaEngine {

    /** ISO 639-1 (or espeak-style {@code en-us}) codes of the languages this engine speaks here. */
    Set<String> languages();

    /** Higher is preferred when several engines speak a language. */
    int quality(String language);

    default boolean supports(String language) {
        return available() && languages().contains(Languages.normalise(language));
    }

    /** Whether the engine has a voice of this gender ({@code male}/{@code female}) of its own. */
    default boolean hasVoiceOf(String gender) {
        return true;
    }

    /** Whether the engine speaks with {@link VoiceOptions#pitch()} when one is given. */
    default boolean followsPitchTarget() {
        return false;
    }

    /**
     * Speaks the request's text. Throws {@link SynthesisException} for an unsupported language, empty
     * or over-long text, or an engine failure.
     */
    SynthesisResult synthesize(SynthesisRequest request);
}
