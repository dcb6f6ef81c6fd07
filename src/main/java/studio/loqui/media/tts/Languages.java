package studio.loqui.media.tts;

import java.util.Locale;

/** Language codes in one spelling: lower case, hyphenated ({@code en-us}, {@code pt-br}). */
public final class Languages {

    private Languages() {
    }

    public static String normalise(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The primary language of a code: {@code en} for {@code en-gb}. */
    public static String primary(String code) {
        String n = normalise(code);
        int dash = n.indexOf('-');
        return dash < 0 ? n : n.substring(0, dash);
    }
}
