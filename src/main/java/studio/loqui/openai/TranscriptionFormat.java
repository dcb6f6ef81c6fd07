package studio.loqui.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import studio.loqui.media.asr.SubtitleFormat;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.TranscriptSegments;
import studio.loqui.system.ApiException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/** OpenAI's {@code response_format} of a transcription and how a transcript is written in it. */
public enum TranscriptionFormat {
    JSON("application/json"),
    TEXT("text/plain"),
    SRT("application/x-subrip"),
    VERBOSE_JSON("application/json"),
    VTT("text/vtt");

    private final String mediaType;

    TranscriptionFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public static TranscriptionFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return JSON;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> ApiException.invalidField("response_format",
                        "must be one of json, text, srt, verbose_json, vtt"));
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code json}: the text alone. */
    public record Plain(String text) {
    }

    /** {@code verbose_json}: segments and words appear as {@code timestamp_granularities} ask (segments by default). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verbose(String task, String language, double duration, String text, List<Segment> segments,
                          List<Word> words) {
    }

    /** A phrase; {@code avgLogprob} is the mean log of its words' recogniser confidence. */
    public record Segment(int id, double start, double end, String text, double avgLogprob) {
    }

    public record Word(String word, double start, double end) {
    }

    /** The body to answer with: a record for the JSON forms, a string for the others. */
    public Object render(OpenAiTranscriber.Heard heard, Set<String> granularities) {
        Transcript transcript = heard.transcript();
        List<TranscriptSegments.Segment> phrases = TranscriptSegments.of(transcript.words());
        return switch (this) {
            case JSON -> new Plain(transcript.text());
            case TEXT -> transcript.text() + "\n";
            case SRT -> SubtitleFormat.SRT.cues(phrases);
            case VTT -> SubtitleFormat.VTT.cues(phrases);
            case VERBOSE_JSON -> verbose(heard, phrases, granularities);
        };
    }

    private static Verbose verbose(OpenAiTranscriber.Heard heard, List<TranscriptSegments.Segment> phrases,
                                   Set<String> granularities) {
        boolean words = granularities.contains("word");
        boolean segments = granularities.isEmpty() || granularities.contains("segment");
        List<Transcript.Word> heardWords = heard.transcript().words();
        return new Verbose("transcribe", languageName(heard.language()), round(heard.durationSeconds()),
                heard.transcript().text(), segments ? segments(phrases, heardWords) : null,
                words ? heardWords.stream().map(w -> new Word(w.word(), round(w.startSeconds()),
                        round(w.endSeconds()))).toList() : null);
    }

    private static List<Segment> segments(List<TranscriptSegments.Segment> phrases, List<Transcript.Word> words) {
        return IntStream.range(0, phrases.size()).mapToObj(i -> {
            TranscriptSegments.Segment p = phrases.get(i);
            double logprob = words.stream()
                    .filter(w -> w.startSeconds() >= p.start() && w.endSeconds() <= p.end())
                    .mapToDouble(w -> Math.log(Math.max(1e-6, w.confidence()))).average().orElse(0);
            return new Segment(i, round(p.start()), round(p.end()), p.text(), Math.round(logprob * 1e4) / 1e4);
        }).toList();
    }

    /** OpenAI names the language in English words, lower case: {@code english}. */
    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name.toLowerCase(Locale.ROOT);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
