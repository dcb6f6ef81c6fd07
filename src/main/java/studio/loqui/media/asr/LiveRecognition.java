package studio.loqui.media.asr;

import java.util.List;

/**
 * One utterance heard as it is spoken: audio goes in piece by piece, words come out as soon as the
 * recogniser is sure of them, with a guess at the words still being spoken. Not thread-safe: one caller
 * feeds it. Closing releases the recogniser whatever state it is in.
 */
public interface LiveRecognition extends AutoCloseable {

    /** The rate and format {@link #accept} takes: mono 16-bit little-endian PCM at this many samples a second. */
    int sampleRate();

    /** Feeds {@code length} bytes of PCM (an even number) and tells what is heard so far. */
    Heard accept(byte[] pcm, int length);

    /** Ends the utterance: the last words become final. */
    Heard finish();

    @Override
    void close();

    /**
     * @param settled words the recogniser has settled since the last call, on the stream's time line
     * @param partial the words it is still hearing, which may change; empty when none
     */
    record Heard(List<Transcript.Word> settled, String partial) {
    }
}
