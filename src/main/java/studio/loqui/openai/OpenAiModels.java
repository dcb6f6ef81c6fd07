package studio.loqui.openai;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.speech.StockVoices;
import studio.loqui.system.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The models {@code GET /v1/models} lists. This server has one synthesis path and one recogniser per language,
 * so OpenAI's model names are aliases of them: a request naming any model (OpenAI's or another) is served by
 * the same engines, and the names here are the ones tools offer by default.
 */
@ApplicationScoped
public class OpenAiModels {

    static final List<String> SPEECH = List.of("tts-1", "tts-1-hd", "gpt-4o-mini-tts");
    static final List<String> TRANSCRIPTION = List.of("whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe");
    private static final int MAX_NAME = 100;

    public record Model(String id, String object, long created, String ownedBy) {
        static Model of(String id) {
            return new Model(id, "model", StockVoices.LISTED_AT.toEpochSecond(), "loqui");
        }
    }

    public record ModelList(String object, List<Model> data) {
    }

    public ModelList all() {
        List<Model> models = new ArrayList<>();
        SPEECH.forEach(id -> models.add(Model.of(id)));
        TRANSCRIPTION.forEach(id -> models.add(Model.of(id)));
        return new ModelList("list", models);
    }

    public Optional<Model> find(String id) {
        return all().data().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** A model name is echoed nowhere and changes no engine; it is only checked to be a sensible name. */
    public static void check(String model) {
        if (model != null && model.length() > MAX_NAME) {
            throw ApiException.invalidField("model", "must be at most " + MAX_NAME + " characters");
        }
    }
}
