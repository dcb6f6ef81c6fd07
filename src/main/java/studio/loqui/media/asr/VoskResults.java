package studio.loqui.media.asr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words of a Vosk result with word times on:
 * {@code {"result": [{"conf": 1.0, "end": 1.02, "start": 0.6, "word": "and"}, ...], "text": "and ..."}}.
 */
final class VoskResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VoskResults() {
    }

    static List<Transcript.Word> words(String result) {
        List<Transcript.Word> words = new ArrayList<>();
        for (JsonNode word : parse(result).path("result")) {
            String text = word.path("word").asText("");
            if (!text.isEmpty() && !text.startsWith("[") && !text.startsWith("<")) {
                words.add(new Transcript.Word(text, word.path("start").asDouble(), word.path("end").asDouble(),
                        word.path("conf").asDouble(1.0)));
            }
        }
        return words;
    }

    /** The words of a partial result: {@code {"partial": "and mister"}}. */
    static String partial(String result) {
        return parse(result).path("partial").asText("").strip();
    }

    private static JsonNode parse(String result) {
        try {
            return JSON.readTree(result);
        } catch (JsonProcessingException e) {
            throw new RecognitionException("Vosk returned a result that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
