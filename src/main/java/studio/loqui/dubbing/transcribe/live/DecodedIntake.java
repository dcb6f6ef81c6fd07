package studio.loqui.dubbing.transcribe.live;

import studio.loqui.media.EngineFailed;
import studio.loqui.media.ffmpeg.StreamingAudioDecoder;

import java.util.Optional;

/** Compressed audio through FFmpeg; a stream FFmpeg cannot read ends the session with the reason. */
final class DecodedIntake implements AudioIntake {

    private final StreamingAudioDecoder decoder;
    private final StreamingAudioDecoder.Container container;
    private volatile String failure;

    DecodedIntake(StreamingAudioDecoder decoder, StreamingAudioDecoder.Container container) {
        this.decoder = decoder;
        this.container = container;
    }

    @Override
    public void accept(byte[] data) {
        try {
            decoder.write(data);
        } catch (EngineFailed e) {
            failure = notReadable(e);
        }
    }

    @Override
    public void end() {
        try {
            decoder.finish();
        } catch (EngineFailed e) {
            failure = notReadable(e);
        }
    }

    @Override
    public Optional<String> failure() {
        if (failure == null && decoder.gaveUp()) {
            failure = "the audio is not " + container.name().toLowerCase() + " that FFmpeg can read";
        }
        return Optional.ofNullable(failure);
    }

    @Override
    public boolean compressed() {
        return true;
    }

    @Override
    public void close() {
        decoder.close();
    }

    private String notReadable(EngineFailed e) {
        return "the audio is not " + container.name().toLowerCase() + " that FFmpeg can read (" + e.getMessage() + ")";
    }
}
