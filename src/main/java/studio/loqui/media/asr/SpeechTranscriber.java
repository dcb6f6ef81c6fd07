package studio.loqui.media.asr;

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

    /** @param piecesDone told how many pieces are done after each one, for progress */
    public Transcript transcribe(SpeechRecognizer recognizer, PcmAudio audio, String language, PieceProgress piecesDone) {
        List<SpeechChunks.Chunk> chunks = SpeechChunks.split(audio);
        List<Transcript.Word> words = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            SpeechChunks.Chunk chunk = chunks.get(i);
            words.addAll(shifted(recognizer.recognize(chunk.audio(), language), chunk.offsetSeconds()));
            piecesDone.done(i + 1, chunks.size());
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
