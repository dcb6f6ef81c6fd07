package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.tts.SynthesizerChooser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in voices: for every language a synthesis engine speaks here, a female and a male voice of
 * that engine. Their ids are stable UUIDs made from the language and gender.
 */
@ApplicationScoped
public class StockVoices {

    /** A stock voice's {@code created_at}: built in, so available since this server started. */
    public static final OffsetDateTime LISTED_AT = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    private final SynthesizerChooser synthesizers;

    public StockVoices(SynthesizerChooser synthesizers) {
        this.synthesizers = synthesizers;
    }

    public record StockVoice(String id, String name, String language, String gender, String engine) {
    }

    public List<StockVoice> all() {
        List<StockVoice> voices = new ArrayList<>();
        synthesizers.supportedLanguages().forEach((language, engines) -> {
            for (String gender : List.of("female", "male")) {
                voices.add(new StockVoice(idOf(language, gender), label(language, gender), language, gender,
                        engines.get(0)));
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

    private static String label(String language, String gender) {
        String display = Locale.forLanguageTag(language).getDisplayName(Locale.ENGLISH);
        return "Stock " + (display.isBlank() ? language : display) + " " + gender;
    }
}
