package studio.loqui.media.asr;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.audio.PcmAudio;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a recording piece by piece ({@link SpeechChunks}), so time and memory per recogniser
 * call stay bounded, and joins the pieces' words on the recording's time line. A piece that cannot be
 * recognised throws {@link RecognitionException}, which a job reports as its failure.
 */
@ApplicationScoped
public class SpeechTranscriber {

    private final MeterRegistry meters;

    public SpeechTranscriber(MeterRegistry meters) {
        this.meters = meters;
    }

    /** @param piecesDone told how many pieces are done after each one, for progress */
    public Transcript transcribe(SpeechRecognizer recognizer, PcmAudio audio, String language, PieceProgress piecesDone) {
        long started = System.nanoTime();
        List<SpeechChunks.Chunk> chunks = SpeechChunks.split(audio);
        List<Transcript.Word> words = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            SpeechChunks.Chunk chunk = chunks.get(i);
            words.addAll(shifted(recognizer.recognize(chunk.audio(), language), chunk.offsetSeconds()));
            piecesDone.done(i + 1, chunks.size());
        }
        if (audio.durationSeconds() > 0) {
            DistributionSummary.builder("loqui.engine.real.time.factor").tag("work", "recognition")
                    .tag("engine", recognizer.name()).register(meters)
                    .record((System.nanoTime() - started) / 1e9 / audio.durationSeconds());
        }
        return new Transcript(String.join(" ", words.stream().map(Transcript.Word::word).toList()), words);
    }

    /** Progress of a transcription. */
    @FunctionalInterface
    public interface PieceProgress {
        void done(int pieces, int of);
    }

    private static List<Transcript.Word> shifted(Transcript transcript, double offset) {
        return transcript.words().stream().map(w -> new Transcript.Word(w.word(), w.startSeconds() + offset,
                w.endSeconds() + offset, w.confidence())).toList();
    }
}
