package studio.loqui.media.asr;

import org.vosk.Recognizer;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Vosk recognisers kept warm between recognitions. The small model's decoding graph is the composition of
 * two FSTs that a recogniser builds lazily as the search reaches new states and keeps afterwards; a new
 * recogniser spends most of its time composing (bench/AsrBenchmark: real-time factor 0.23 new, 0.04 warm).
 * Each recognition borrows a recogniser of its own; at most {@code maxIdle} wait for the next one, the most
 * recently used first, and one that has heard {@link #RETIRE_AFTER_SECONDS} is closed rather than kept.
 */
final class WarmRecognizers implements AutoCloseable {

    static final double RETIRE_AFTER_SECONDS = 4 * 3600;

    private final LazyVoskModel model;
    private final int sampleRate;
    private final LinkedBlockingDeque<Lease> idle;
    private volatile boolean closed;

    WarmRecognizers(LazyVoskModel model, int sampleRate, int maxIdle) {
        this.model = model;
        this.sampleRate = sampleRate;
        this.idle = new LinkedBlockingDeque<>(Math.max(1, maxIdle));
    }

    /** A recogniser for one utterance, with word times on: give it back with {@link Lease#close()}. */
    Lease borrow() {
        Lease warm = idle.pollFirst();
        if (warm != null) {
            warm.restart();
            return warm;
        }
        return new Lease(newRecognizer());
    }

    int idleCount() {
        return idle.size();
    }

    @Override
    public void close() {
        closed = true;
        for (Lease lease = idle.pollFirst(); lease != null; lease = idle.pollFirst()) {
            lease.recognizer.close();
        }
    }

    private Recognizer newRecognizer() {
        try {
            Recognizer recognizer = new Recognizer(model.get(), sampleRate);
            recognizer.setWords(true);
            return recognizer;
        } catch (IOException e) {
            throw new RecognitionException("Vosk could not start a recogniser: " + e.getMessage(), e);
        }
    }

    private void giveBack(Lease lease) {
        boolean kept = !closed && lease.finished && lease.heardSeconds() < RETIRE_AFTER_SECONDS && idle.offerFirst(lease);
        if (!kept || closed && idle.remove(lease)) {
            lease.recognizer.close();
        }
    }

    /**
     * One borrowed recogniser. A reused Vosk recogniser's clock runs on from the audio it heard before, so
     * word times are put back on this utterance's own time line. A lease not finished (abandoned mid-way,
     * or failed) is closed instead of kept, since its clock is no longer known.
     */
    final class Lease implements AutoCloseable {

        private final Recognizer recognizer;
        private double heardBefore;
        private long samplesFed;
        private boolean finished;

        private Lease(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        /** Feeds 16-bit samples; true when the recogniser has settled words ({@link #result()}). */
        boolean accept(short[] samples, int length) {
            samplesFed += length;
            finished = false;
            return recognizer.acceptWaveForm(samples, length);
        }

        /** Feeds little-endian 16-bit PCM bytes; true when the recogniser has settled words. */
        boolean accept(byte[] pcm, int length) {
            samplesFed += length / 2;
            finished = false;
            return recognizer.acceptWaveForm(pcm, length);
        }

        List<Transcript.Word> result() {
            return onOwnClock(VoskResults.words(recognizer.getResult()));
        }

        String partial() {
            return VoskResults.partial(recognizer.getPartialResult());
        }

        List<Transcript.Word> finalResult() {
            List<Transcript.Word> words = onOwnClock(VoskResults.words(recognizer.getFinalResult()));
            finished = true;
            return words;
        }

        @Override
        public void close() {
            giveBack(this);
        }

        private double heardSeconds() {
            return heardBefore + samplesFed / (double) sampleRate;
        }

        private void restart() {
            heardBefore = heardSeconds();
            samplesFed = 0;
            finished = false;
            recognizer.reset();
        }

        private List<Transcript.Word> onOwnClock(List<Transcript.Word> words) {
            if (heardBefore == 0) {
                return words;
            }
            return words.stream().map(w -> new Transcript.Word(w.word(), Math.max(0, w.startSeconds() - heardBefore),
                    Math.max(0, w.endSeconds() - heardBefore), w.confidence())).toList();
        }
    }
}
