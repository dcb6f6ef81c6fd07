package studio.loqui.dubbing.transcribe.live;

import studio.loqui.media.asr.LiveRecognition;
import studio.loqui.media.asr.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * One connection's hearing: the recogniser, how much audio it has had, and when it last heard a word.
 * Calls come one at a time per connection; the methods are synchronized for the idle check's thread.
 */
final class LiveSession {

    private final LiveRecognition recognition;
    private final long maxBytes;
    private final List<Transcript.Word> words = new ArrayList<>();
    private long bytes;
    private long lastAudioNanos = System.nanoTime();
    private double lastWordSeconds;
    private boolean hasCarry;
    private byte carry;
    private boolean closed;

    private final Runnable onClose;
    private AudioIntake intake = AudioIntake.pcm(data -> { });
    private long compressedBytes;

    LiveSession(LiveRecognition recognition, long maxBytes, Runnable onClose) {
        this.recognition = recognition;
        this.maxBytes = maxBytes;
        this.onClose = onClose;
    }

    /** Thrown when a limit of the session is reached; its message is the close reason. */
    static final class LimitReached extends RuntimeException {
        LimitReached(String message) {
            super(message);
        }
    }

    synchronized LiveRecognition.Heard accept(byte[] data) {
        if (closed) {
            throw new LimitReached("session already ended");
        }
        bytes += data.length;
        if (bytes > maxBytes) {
            throw new LimitReached("audio limit reached (" + maxBytes / (2L * recognition.sampleRate()) + " s)");
        }
        lastAudioNanos = System.nanoTime();
        byte[] even = evenLength(data);
        LiveRecognition.Heard heard = recognition.accept(even, even.length);
        remember(heard);
        lastAudioNanos = System.nanoTime();   // idle counts from when the server is ready for more
        return heard;
    }

    /** How this session's messages become PCM; closed with the session. */
    synchronized void receiveThrough(AudioIntake intake) {
        this.intake = intake;
    }

    /** Takes a binary message as it came, counting compressed audio against the same byte limit. */
    void take(byte[] message) {
        AudioIntake through;
        synchronized (this) {
            if (closed) {
                throw new LimitReached("session already ended");
            }
            if (intake.compressed() && (compressedBytes += message.length) > maxBytes) {
                throw new LimitReached("audio limit reached (" + maxBytes + " bytes)");
            }
            lastAudioNanos = System.nanoTime();
            through = intake;
        }
        through.accept(message);
    }

    synchronized AudioIntake intake() {
        return intake;
    }

    synchronized LiveRecognition.Heard finish() {
        if (closed) {
            throw new LimitReached("session already ended");
        }
        LiveRecognition.Heard heard = recognition.finish();
        remember(heard);
        return heard;
    }

    synchronized List<Transcript.Word> words() {
        return List.copyOf(words);
    }

    synchronized double audioSeconds() {
        return bytes / (2.0 * recognition.sampleRate());
    }

    synchronized double secondsSinceLastWord() {
        return audioSeconds() - lastWordSeconds;
    }

    synchronized double idleSeconds() {
        return (System.nanoTime() - lastAudioNanos) / 1e9;
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            intake.close();
            recognition.close();
            onClose.run();
        }
    }

    private void remember(LiveRecognition.Heard heard) {
        words.addAll(heard.settled());
        if (!heard.settled().isEmpty() || !heard.partial().isEmpty()) {
            lastWordSeconds = audioSeconds();
        }
    }

    /** PCM split across messages at an odd byte: the odd byte waits for the next message. */
    private byte[] evenLength(byte[] data) {
        int total = data.length + (hasCarry ? 1 : 0);
        byte[] out = new byte[total & ~1];
        int n = 0;
        int i = 0;
        if (hasCarry && out.length > 0) {
            out[n++] = carry;
            hasCarry = false;
        }
        while (n < out.length) {
            out[n++] = data[i++];
        }
        if (i < data.length) {
            carry = data[i];
            hasCarry = true;
        }
        return out;
    }
}
