package studio.loqui.dubbing.transcribe.live;

import java.util.Optional;
import java.util.function.Consumer;

/** 16-bit PCM at the recogniser's rate, heard as it comes. */
final class PcmIntake implements AudioIntake {

    private final Consumer<byte[]> pcm;

    PcmIntake(Consumer<byte[]> pcm) {
        this.pcm = pcm;
    }

    @Override
    public void accept(byte[] data) {
        pcm.accept(data);
    }

    @Override
    public void end() {
        // nothing is held back
    }

    @Override
    public Optional<String> failure() {
        return Optional.empty();
    }

    @Override
    public boolean compressed() {
        return false;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
