package studio.loqui.media.asr;

import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.util.List;

/** A Vosk recogniser fed as audio arrives; word times are on the stream's own time line. */
final class VoskLiveRecognition implements LiveRecognition {

    private final Recognizer recognizer;
    private boolean closed;

    VoskLiveRecognition(Model model, int sampleRate) {
        try {
            this.recognizer = new Recognizer(model, sampleRate);
        } catch (IOException e) {
            throw new RecognitionException("Vosk could not start a recogniser: " + e.getMessage(), e);
        }
        recognizer.setWords(true);
    }

    @Override
    public int sampleRate() {
        return VoskRecognizer.RATE;
    }

    @Override
    public synchronized Heard accept(byte[] pcm, int length) {
        requireOpen();
        if (length == 0) {
            return new Heard(List.of(), "");
        }
        if (recognizer.acceptWaveForm(pcm, length)) {
            return new Heard(VoskResults.words(recognizer.getResult()), "");
        }
        return new Heard(List.of(), VoskResults.partial(recognizer.getPartialResult()));
    }

    @Override
    public synchronized Heard finish() {
        requireOpen();
        return new Heard(VoskResults.words(recognizer.getFinalResult()), "");
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            recognizer.close();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new RecognitionException("this live recognition has ended");
        }
    }
}
