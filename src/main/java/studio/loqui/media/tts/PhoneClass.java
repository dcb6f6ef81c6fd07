package studio.loqui.media.tts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classes of phones that speakers lengthen or shorten alike, over MaryTTS's US English SAMPA phones
 * (its {@code allophones.en_US.xml}): vowels and diphthongs, stops and affricates, fricatives (with
 * {@code h}), sonorants (nasals, liquids, glides) and the pause {@code _}.
 */
public enum PhoneClass {
    VOWEL("vowels"), STOP("stops"), FRICATIVE("fricatives"), SONORANT("sonorants"), PAUSE("pauses");

    private static final Map<PhoneClass, Set<String>> PHONES = Map.of(
            VOWEL, Set.of("A", "O", "u", "i", "{", "V", "E", "I", "U", "@", "r=", "aU", "OI", "@U", "EI", "AI"),
            STOP, Set.of("p", "t", "k", "b", "d", "g", "tS", "dZ"),
            FRICATIVE, Set.of("f", "v", "T", "D", "s", "z", "S", "Z", "h"),
            SONORANT, Set.of("l", "m", "n", "N", "r", "w", "j"),
            PAUSE, Set.of("_"));

    private final String plural;

    PhoneClass(String plural) {
        this.plural = plural;
    }

    /** How the class is named in a voice's report. */
    public String plural() {
        return plural;
    }

    /** The class of a MaryTTS English phone; empty for a symbol of another phone set. */
    public static Optional<PhoneClass> of(String phone) {
        for (Map.Entry<PhoneClass, Set<String>> c : PHONES.entrySet()) {
            if (c.getValue().contains(phone)) {
                return Optional.of(c.getKey());
            }
        }
        return Optional.empty();
    }
}
