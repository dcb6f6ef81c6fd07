package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.tts.SpeechSynthesizer;
import studio.loqui.media.tts.SynthesizerChooser;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in voices: for every language a synthesis engine speaks here, a female and a male voice.
 * Where the language's engine has no voice of a gender (MaryTTS has only a woman's), that stock voice
 * is the engine cloned toward a {@link BuiltInVoices} voice learned from a public-domain recording;
 * without one the gender is not listed. Ids are stable UUIDs made from the language and gender; names
 * are unique (a language whose English name another shares carries its code).
 */
@ApplicationScoped
public class StockVoices {

    /** A stock voice's {@code created_at}: built in, so available since this server started. */
    public static final OffsetDateTime LISTED_AT = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    private final SynthesizerChooser synthesizers;
    private final BuiltInVoices builtIn;

    public StockVoices(SynthesizerChooser synthesizers, BuiltInVoices builtIn) {
        this.synthesizers = synthesizers;
        this.builtIn = builtIn;
    }

    /**
     * @param learned the voice the engine's speech is cloned toward, or null for the engine's own voice
     */
    public record StockVoice(String id, String name, String language, String gender, String engine,
                             BuiltInVoices.BuiltInVoice learned) {

        public String description() {
            return learned == null ? "Built-in " + engine + " voice"
                    : "Built-in " + engine + " speech cloned toward " + learned.source();
        }
    }

    public List<StockVoice> all() {
        List<StockVoice> voices = new ArrayList<>();
        Map<String, Integer> displayUses = new HashMap<>();
        synthesizers.supportedLanguages().keySet().forEach(l -> displayUses.merge(display(l), 1, Integer::sum));
        synthesizers.supportedLanguages().forEach((language, engines) -> {
            SpeechSynthesizer engine = synthesizers.require(language);
            String name = display(language) + (displayUses.get(display(language)) > 1 ? " [" + language + "]" : "");
            for (String gender : List.of("female", "male")) {
                String label = "Stock " + name + " " + gender;
                if (engine.hasVoiceOf(gender)) {
                    voices.add(new StockVoice(idOf(language, gender), label, language, gender, engines.get(0), null));
                } else {
                    builtIn.of(gender).ifPresent(learned -> voices.add(new StockVoice(idOf(language, gender), label,
                            language, gender, engines.get(0), learned)));
                }
            }
        });
        return voices;
    }

    public Optional<StockVoice> find(String id) {
        return all().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    static String idOf(String language, String gender) {
        return UUID.nameUUIDFromBytes(("loqui-stock-voice:" + language + ":" + gender).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String display(String language) {
        String display = Locale.forLanguageTag(language).getDisplayName(Locale.ENGLISH);
        return display.isBlank() ? language : display;
    }
}
