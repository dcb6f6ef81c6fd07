package studio.loqui.dubbing;

import studio.loqui.media.asr.Transcript;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of a transcribe job in seed 001's field names, times in seconds rounded to milliseconds. */
final class TranscriptResult {

    private TranscriptResult() {
    }

    /**
     * @param engine the recogniser that ran, and {@code model} the model it ran with: a requested model this
     *               server does not have is reported as {@code requested_model}, never as the one used
     */
    static Map<String, Object> of(String jobId, Transcript transcript, TranscribeInput input, String engine,
            String model, double durationSeconds) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("result_url", "/api/v1/process/transcripts/" + jobId);
        data.put("text", transcript.text());
        data.put("language", input.language());
        data.put("model", model);
        if (input.model() != null && !input.model().equals(model) && !input.model().equals("default")) {
            data.put("requested_model", input.model());
        }
        data.put("engine", engine);
        data.put("duration", round(durationSeconds));
        data.put("words", words(transcript.words()));
        data.put("segments", segments(TranscriptSegments.of(transcript.words())));
        return data;
    }

    private static List<Map<String, Object>> words(List<Transcript.Word> words) {
        return words.stream().map(w -> {
            Map<String, Object> word = new LinkedHashMap<>();
            word.put("word", w.word());
            word.put("start", round(w.startSeconds()));
            word.put("end", round(w.endSeconds()));
            word.put("confidence", round(w.confidence()));
            return word;
        }).toList();
    }

    private static List<Map<String, Object>> segments(List<TranscriptSegments.Segment> segments) {
        return segments.stream().map(s -> {
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("start", round(s.start()));
            segment.put("end", round(s.end()));
            segment.put("text", s.text());
            return segment;
        }).toList();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
