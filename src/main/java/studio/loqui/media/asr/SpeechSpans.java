package studio.loqui.media.asr;

import java.util.ArrayList;
import java.util.List;

/** The stretches of a recording where words were recognised: speech as a recogniser hears it, not as energy. */
public record SpeechSpans(List<Span> spans) {

    /** Words closer than this are one stretch of speech. */
    static final double JOIN_SECONDS = 0.3;
    /** Each stretch is widened by this on both sides, for the onsets and releases recognisers clip. */
    static final double PAD_SECONDS = 0.05;

    public record Span(double start, double end) {
        public double seconds() {
            return end - start;
        }
    }

    public static SpeechSpans of(Transcript transcript, double recordingSeconds) {
        List<Span> spans = new ArrayList<>();
        for (Transcript.Word w : transcript.words()) {
            double start = Math.max(0, w.startSeconds() - PAD_SECONDS);
            double end = Math.min(recordingSeconds, w.endSeconds() + PAD_SECONDS);
            if (!spans.isEmpty() && start - spans.get(spans.size() - 1).end() < JOIN_SECONDS) {
                Span last = spans.remove(spans.size() - 1);
                spans.add(new Span(last.start(), Math.max(last.end(), end)));
            } else if (end > start) {
                spans.add(new Span(start, end));
            }
        }
        return new SpeechSpans(List.copyOf(spans));
    }

    /** Each span widened by {@code seconds} on both sides (within the recording), overlapping ones joined. */
    public SpeechSpans widened(double seconds, double recordingSeconds) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span wide = new Span(Math.max(0, s.start() - seconds), Math.min(recordingSeconds, s.end() + seconds));
            if (!out.isEmpty() && wide.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), wide.end())));
            } else {
                out.add(wide);
            }
        }
        return new SpeechSpans(List.copyOf(out));
    }

    public double speechSeconds() {
        return spans.stream().mapToDouble(Span::seconds).sum();
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Whether time {@code t} lies in speech. */
    public boolean contains(double t) {
        for (Span s : spans) {
            if (t >= s.start() && t < s.end()) {
                return true;
            }
        }
        return false;
    }
}
