package studio.loqui.speech;

/** A voice to speak with: one of the owner's ({@code voiceId}) or a stock voice ({@code stockGender}). */
public record VoiceChoice(Long voiceId, String stockGender, String defaultLanguage) {
}
