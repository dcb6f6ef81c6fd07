package studio.loqui.openai;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.tts.Languages;
import studio.loqui.speech.StockVoices;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceChoice;
import studio.loqui.system.ApiException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code voice} of a speech request: one of the caller's voices by id or name, a stock voice by id or name,
 * or one of OpenAI's voice names, which speak as this server's English stock voice of that voice's gender.
 */
@ApplicationScoped
public class OpenAiVoices {

    /** OpenAI's built-in voices and the gender each is heard as. */
    static final Map<String, String> OPENAI_VOICES = Map.ofEntries(
            Map.entry("alloy", "female"), Map.entry("ash", "male"), Map.entry("ballad", "male"),
            Map.entry("coral", "female"), Map.entry("echo", "male"), Map.entry("fable", "male"),
            Map.entry("nova", "female"), Map.entry("onyx", "male"), Map.entry("sage", "female"),
            Map.entry("shimmer", "female"), Map.entry("verse", "male"), Map.entry("marin", "female"),
            Map.entry("cedar", "male"));

    private final StockVoices stock;

    public OpenAiVoices(StockVoices stock) {
        this.stock = stock;
    }

    public VoiceChoice resolve(long ownerId, String voice) {
        if (voice == null || voice.isBlank()) {
            throw ApiException.invalidField("voice", "A voice is required: the id or name of a voice, or one of "
                    + String.join(", ", new TreeSet<>(OPENAI_VOICES.keySet())));
        }
        String wanted = voice.strip();
        return own(ownerId, wanted)
                .or(() -> stock.all().stream()
                        .filter(s -> s.id().equals(wanted) || s.name().equalsIgnoreCase(wanted)).findFirst()
                        .map(s -> new VoiceChoice(null, s.gender(), s.language())))
                .or(() -> openAiVoice(wanted))
                .orElseThrow(() -> ApiException.invalidField("voice", "Voice '" + wanted + "' not found"));
    }

    private static Optional<VoiceChoice> own(long ownerId, String wanted) {
        return Voice.findOwned(ownerId, wanted.toLowerCase(Locale.ROOT))
                .or(() -> Voice.<Voice>find("ownerId = ?1 and lower(name) = ?2 order by id desc", ownerId,
                        wanted.toLowerCase(Locale.ROOT)).firstResultOptional())
                .map(v -> new VoiceChoice(v.id, null, v.language));
    }

    private Optional<VoiceChoice> openAiVoice(String wanted) {
        String gender = OPENAI_VOICES.get(wanted.toLowerCase(Locale.ROOT));
        if (gender == null) {
            return Optional.empty();
        }
        return stock.all().stream()
                .filter(s -> s.gender().equals(gender) && Languages.primary(s.language()).equals("en"))
                .findFirst()
                .map(s -> new VoiceChoice(null, s.gender(), s.language()));
    }
}
