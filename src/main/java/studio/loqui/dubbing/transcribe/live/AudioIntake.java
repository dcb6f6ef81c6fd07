package studio.loqui.dubbing.transcribe.live;

import studio.loqui.media.ffmpeg.StreamingAudioDecoder;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a live session's audio arrives: as 16-bit PCM the recogniser hears at once, or compressed
 * (MediaRecorder's WebM or Ogg Opus), through a streaming decoder whose PCM reaches the recogniser on the
 * decoder's reader thread. Either way each piece of PCM goes to the session's {@code pcm} listener.
 */
interface AudioIntake extends AutoCloseable {

    /** Takes the next binary message. */
    void accept(byte[] data);

    /** The recording is over: returns once every piece of its PCM has been passed on. */
    void end();

    /** Why the intake cannot go on, if it cannot (the decoder could not read the stream). */
    Optional<String> failure();

    @Override
    void close();

    /** Whether messages are compressed audio, counted against the byte limit before decoding. */
    boolean compressed();

    static AudioIntake pcm(Consumer<byte[]> pcm) {
        return new PcmIntake(pcm);
    }

    static AudioIntake decoded(Path ffmpeg, StreamingAudioDecoder.Container container, int sampleRate, Consumer<byte[]> pcm) {
        return new DecodedIntake(StreamingAudioDecoder.start(ffmpeg, container, sampleRate, pcm), container);
    }
}
