package studio.loqui.media.asr;

import java.util.List;

/** A Vosk recogniser fed as audio arrives; word times are on the stream's own time line. */
final class VoskLiveRecognition implements LiveRecognition {

    private final WarmRecognizers.Lease recognizer;
    private boolean closed;

    VoskLiveRecognition(WarmRecognizers.Lease recognizer) {
        this.recognizer = recognizer;
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
        if (recognizer.accept(pcm, length)) {
            return new Heard(recognizer.result(), "");
        }
        return new Heard(List.of(), recognizer.partial());
    }

    @Override
    public synchronized Heard finish() {
        requireOpen();
        return new Heard(recognizer.finalResult(), "");
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
