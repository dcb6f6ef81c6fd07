package studio.loqui.media.lipsync.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** eSpeak NG's English phoneme mnemonics, as printed by {@code -x --sep=_}, in MaryTTS's SAMPA names. */
final class EspeakPhonemes {

    private static final Map<String, String> VOWELS = Map.ofEntries(
            Map.entry("a", "{"), Map.entry("aa", "{"), Map.entry("a#", "{"), Map.entry("A:", "A"), Map.entry("A@", "A"),
            Map.entry("A", "A"), Map.entry("0", "A"), Map.entry("O:", "O"), Map.entry("O@", "O"), Map.entry("O", "O"),
            Map.entry("3:", "r="), Map.entry("3", "r="), Map.entry("@", "@"), Map.entry("@2", "@"), Map.entry("@5", "@"),
            Map.entry("@L", "@"), Map.entry("E", "E"), Map.entry("e@", "E"), Map.entry("I", "I"), Map.entry("I2", "I"),
            Map.entry("I#", "I"), Map.entry("i", "i"), Map.entry("i:", "i"), Map.entry("i@", "i"), Map.entry("U", "U"),
            Map.entry("U@", "U"), Map.entry("u:", "u"), Map.entry("V", "V"), Map.entry("aI", "AI"), Map.entry("aI@", "AI"),
            Map.entry("aI3", "AI"), Map.entry("aU", "aU"), Map.entry("eI", "EI"), Map.entry("oU", "@U"), Map.entry("OI", "OI"));
    private static final String STOPS = "ptkbdg";

    private EspeakPhonemes() {
    }

    static List<String> toMary(String transcription) {
        List<String> phones = new ArrayList<>();
        for (String raw : transcription.split("[_\\s]+")) {
            String p = raw.replace("'", "").replace(",", "");
            if (p.isEmpty() || !(Character.isLetterOrDigit(p.charAt(0)) || p.charAt(0) == '@')) {
                continue;
            }
            phones.add(VOWELS.getOrDefault(p, p.replaceAll("[#\\-/]$", "")));
        }
        return phones;
    }

    /** How long a phone of this kind typically lasts compared with others in the same word. */
    static double relativeLength(String maryPhone) {
        if (VOWELS.containsValue(maryPhone)) {
            return maryPhone.length() > 1 ? 2.6 : 2.0;
        }
        return maryPhone.length() == 1 && STOPS.contains(maryPhone) ? 0.8 : 1.0;
    }
}
