package studio.loqui.speech;

/**
 * What a {@code synthesize} job speaks: text in a language, in a voice of the owner's ({@code voiceId},
 * the voice's database id) or an engine's own voice ({@code voiceId} null, with {@code stockGender}),
 * stored as {@code format} in {@code area} under {@code outputName} (null: named after the job).
 */
public record SynthesizeInput(Long voiceId, String stockGender, String text, String language, String format,
                              String area, String outputName) {
}
