package studio.loqui.media.asr;


import java.util.ArrayList;
import java.util.List;

/**
 * Groups recognised words into phrases the way a listener hears them: a phrase ends at a pause of
 * {@link #PAUSE_SECONDS}; a run of speech too long for one two-line subtitle or one breath
 * ({@link #MAX_CHARACTERS}, {@link #MAX_SECONDS}) is cut at its longest gap between words, which is where
 * a sentence or clause most likely ends, and never at a fixed word count. {@link #sentences} groups the same
 * way for speech that is re-spoken whole (a dub): only the pauses and a much longer breath limit cut it.
 */
public final class TranscriptSegments {

    public static final double PAUSE_SECONDS = 0.5;
    public static final int MAX_CHARACTERS = 2 * SubtitleLines.MAX_LINE;
    public static final double MAX_SECONDS = 7.0;
    /** The longest phrase {@link #sentences} keeps whole: about two long spoken sentences. */
    public static final double MAX_SENTENCE_SECONDS = 15.0;

    private record Limits(int characters, double seconds) {
    }

    private static final Limits SUBTITLE = new Limits(MAX_CHARACTERS, MAX_SECONDS);
    private static final Limits SENTENCE = new Limits(Integer.MAX_VALUE, MAX_SENTENCE_SECONDS);

    public record Segment(double start, double end, String text) {
    }

    private TranscriptSegments() {
    }

    /** Phrases short enough for one subtitle. */
    public static List<Segment> of(List<Transcript.Word> words) {
        return grouped(words, SUBTITLE);
    }

    /** Phrases as sentences: everything between two pauses, unless it runs past {@link #MAX_SENTENCE_SECONDS}. */
    public static List<Segment> sentences(List<Transcript.Word> words) {
        return grouped(words, SENTENCE);
    }

    private static List<Segment> grouped(List<Transcript.Word> words, Limits limits) {
        List<Segment> segments = new ArrayList<>();
        for (List<Transcript.Word> run : splitAtPauses(words)) {
            splitWhileTooLong(run, limits, segments);
        }
        return segments;
    }

    private static List<List<Transcript.Word>> splitAtPauses(List<Transcript.Word> words) {
        List<List<Transcript.Word>> runs = new ArrayList<>();
        List<Transcript.Word> current = new ArrayList<>();
        for (Transcript.Word word : words) {
            if (!current.isEmpty() && gapBefore(word, current.get(current.size() - 1)) >= PAUSE_SECONDS) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static void splitWhileTooLong(List<Transcript.Word> run, Limits limits, List<Segment> out) {
        if (run.size() < 2 || !tooLong(run, limits)) {
            out.add(segment(run));
            return;
        }
        int cut = longestGap(run);
        splitWhileTooLong(run.subList(0, cut), limits, out);
        splitWhileTooLong(run.subList(cut, run.size()), limits, out);
    }

    private static boolean tooLong(List<Transcript.Word> run, Limits limits) {
        double seconds = run.get(run.size() - 1).endSeconds() - run.get(0).startSeconds();
        return text(run).length() > limits.characters() || seconds > limits.seconds();
    }

    /** Index of the word after the widest gap; among equal gaps, the one nearest the middle. */
    private static int longestGap(List<Transcript.Word> run) {
        int best = run.size() / 2;
        double bestScore = -1;
        for (int i = 1; i < run.size(); i++) {
            double gap = gapBefore(run.get(i), run.get(i - 1));
            double offCentre = Math.abs(i - run.size() / 2.0) / run.size();
            double score = gap - 0.01 * offCentre;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static double gapBefore(Transcript.Word next, Transcript.Word previous) {
        return next.startSeconds() - previous.endSeconds();
    }

    private static Segment segment(List<Transcript.Word> words) {
        return new Segment(words.get(0).startSeconds(), words.get(words.size() - 1).endSeconds(), text(words));
    }

    private static String text(List<Transcript.Word> words) {
        return String.join(" ", words.stream().map(Transcript.Word::word).toList());
    }
}
