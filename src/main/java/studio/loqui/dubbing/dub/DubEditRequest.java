package studio.loqui.dubbing.dub;

/**
 * A correction of one dubbed phrase: its new {@code translation}, or its corrected source {@code text} to be
 * translated again (both: the text is kept as the phrase's source and the translation spoken as given).
 */
public record DubEditRequest(String text, String translation, String webhookUrl,
                             com.fasterxml.jackson.databind.JsonNode metadata) {

    public static final String REQUIRED = "A JSON body with translation or text is required";
}
