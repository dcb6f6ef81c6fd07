package studio.loqui.dubbing.transcribe;

import com.fasterxml.jackson.annotation.JsonInclude;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.TranscriptSegments;

import java.util.List;

/**
 * The result of a transcribe job in seed 001's field names, times in seconds rounded to milliseconds.
 *
 * @param engine         the recogniser that ran, and {@code model} the model it ran with
 * @param requestedModel a requested model this server does not have, never reported as the one used; absent
 *                       otherwise
 */
public record TranscriptResult(String resultUrl, String text, String language, String model,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String requestedModel, String engine,
                               double duration, List<Word> words, List<Segment> segments) {

    public record Word(String word, double start, double end, double confidence) {
    }

    public record Segment(double start, double end, String text) {
    }

    static TranscriptResult of(String jobId, Transcript transcript, TranscribeInput input, String engine,
            String model, double durationSeconds) {
        String requested = input.model() != null && !input.model().equals(model) && !input.model().equals("default")
                ? input.model() : null;
        return new TranscriptResult("/api/v1/process/transcripts/" + jobId, transcript.text(), input.language(),
                model, requested, engine, round(durationSeconds), words(transcript.words()),
                segments(TranscriptSegments.of(transcript.words())));
    }

    private static List<Word> words(List<Transcript.Word> words) {
        return words.stream().map(w -> new Word(w.word(), round(w.startSeconds()), round(w.endSeconds()),
                round(w.confidence()))).toList();
    }

    private static List<Segment> segments(List<TranscriptSegments.Segment> segments) {
        return segments.stream().map(s -> new Segment(round(s.start()), round(s.end()), s.text())).toList();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
