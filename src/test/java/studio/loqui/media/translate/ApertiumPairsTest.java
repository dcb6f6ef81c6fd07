package studio.loqui.media.translate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Apertium pair from English that Debian packages, as installed here, and two-step translation through
 * Spanish where no direct pair exists: each installed mode becomes its pair and translates a sentence into
 * words of that language; pairs through Spanish are offered only where a direct one is missing, marked as such.
 */
class ApertiumPairsTest {

    private static final Path MODES = Path.of("/usr/share/apertium/modes");
    private static final String SENTENCE = "The house is small and the dog is black.";

    private final ApertiumTranslator direct = new ApertiumTranslator();
    private final PivotTranslator pivot = new PivotTranslator(direct);

    @Test
    void shouldTranslateFromEnglishWithEveryInstalledPair() {
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("eng-spa", new String[] {"es", "casa", "perro"});
        expected.put("eng-cat", new String[] {"ca", "casa", "gos"});
        expected.put("en-gl", new String[] {"gl", "casa", "can"});
        expected.put("en-eo", new String[] {"eo", "domo", "hundo"});
        expected.put("eng-hbs_HR", new String[] {"hr", "dom", "pas"});
        expected.put("eng-hbs_SR", new String[] {"sr", "dom", "pas"});
        int tested = 0;
        for (Map.Entry<String, String[]> pair : expected.entrySet()) {
            if (!Files.exists(MODES.resolve(pair.getKey() + ".mode"))) {
                continue;
            }
            String language = pair.getValue()[0];
            assertTrue(direct.pairs().contains("en-" + language), pair.getKey() + " gives en-" + language);
            assertEquals(Optional.empty(), pivot.via("en-" + language), "a direct pair goes no other way");
            String translated = direct.translate(SENTENCE, "en", language).toLowerCase();
            System.out.println("en-" + language + ": " + translated);
            assertTrue(translated.contains(pair.getValue()[1]) && translated.contains(pair.getValue()[2]), translated);
            tested++;
        }
        assertTrue(tested >= 1, "no pair from English is installed");
        Set<String> pairs = direct.pairs();
        pairs.forEach(p -> assertTrue(p.matches("[a-z]{2,3}-[a-z]{2,3}"), p));
    }

    @Test
    void shouldTranslateThroughSpanishWhereNoDirectPairExists() {
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("es-pt", new String[] {"pt", "casa", "pequena"});
        expected.put("spa-ita", new String[] {"it", "casa", "piccola"});
        expected.put("es-fr", new String[] {"fr", "maison", "chien"});
        expected.put("es-oc", new String[] {"oc", "ostal", "can"});
        expected.put("spa-ast", new String[] {"ast", "casa", "perru"});
        int tested = 0;
        for (Map.Entry<String, String[]> pair : expected.entrySet()) {
            String language = pair.getValue()[0];
            if (!Files.exists(MODES.resolve(pair.getKey() + ".mode")) || direct.pairs().contains("en-" + language)) {
                continue;
            }
            assertTrue(pivot.pairs().contains("en-" + language), "en-" + language + " through Spanish");
            assertEquals(Optional.of("es"), pivot.via("en-" + language));
            String translated = pivot.translate(SENTENCE, "en", language).toLowerCase();
            System.out.println("en-" + language + " via es: " + translated);
            assertTrue(translated.contains(pair.getValue()[1]) && translated.contains(pair.getValue()[2]), translated);
            tested++;
        }
        assertTrue(tested >= 1 || !Files.exists(MODES.resolve("es-pt.mode")), "no pair through Spanish tested");
        for (String pair : pivot.pairs()) {
            assertFalse(direct.pairs().contains(pair), pair + " is direct too");
            assertFalse(pair.startsWith("es-") || pair.endsWith("-es"), pair + " needs no pivot");
        }
        if (pivot.pairs().contains("pt-en")) {
            String back = pivot.translate("A casa é pequena.", "pt", "en").toLowerCase();
            assertTrue(back.contains("house") && back.contains("small"), back);
        }
    }
}
