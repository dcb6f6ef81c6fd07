package studio.loqui.dubbing.translate;


import org.junit.jupiter.api.Test;
import studio.loqui.media.EngineUnavailable;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.translate.Translator;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without its Debian package an engine is named (a 503), not hidden behind "language not supported". */
class MissingEnginesTest {

    @Test
    void shouldNameAMissingTranslationEngine() {
        EngineUnavailable e = assertThrows(EngineUnavailable.class,
                () -> new PhraseTranslator(List.of(new UninstalledTranslator())).requireAnyInstalled());
        assertEquals("apertium", e.engine());
        assertTrue(e.getMessage().contains("apertium") && e.getMessage().contains("apt-get"), e.getMessage());
        assertTrue(new PhraseTranslator(List.of(new UninstalledTranslator())).supports("en", "en-gb"));
    }

    @Test
    void shouldNameAMissingRecogniser() {
        EngineUnavailable e = assertThrows(EngineUnavailable.class,
                () -> new RecognizerChooser(List.of(new UninstalledRecognizer())).requireAnyInstalled());
        assertEquals("pocketsphinx", e.engine());
        assertTrue(e.getMessage().contains("pocketsphinx"), e.getMessage());
        assertDoesNotThrow(() -> new RecognizerChooser(List.of()).requireAnyInstalled());
    }

    /** Stands for an engine whose package is not installed. */
    private static final class UninstalledTranslator implements Translator {
        public String name() {
            return "apertium";
        }

        public boolean available() {
            return false;
        }

        public String detail() {
            return "not installed: apt-get install apertium apertium-eng-spa";
        }

        public Set<String> pairs() {
            return Set.of();
        }

        public String translate(String text, String sourceLanguage, String targetLanguage) {
            throw new IllegalStateException("not installed");
        }
    }

    private static final class UninstalledRecognizer implements SpeechRecognizer {
        public String name() {
            return "pocketsphinx";
        }

        public boolean available() {
            return false;
        }

        public String detail() {
            return "not installed: apt-get install pocketsphinx pocketsphinx-en-us";
        }

        public Set<String> languages() {
            return Set.of();
        }

        public Transcript recognize(PcmAudio audio, String language) {
            throw new IllegalStateException("not installed");
        }
    }
}
