package studio.loqui.media.asr;

import org.vosk.Model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The recogniser's one Vosk model, loaded on first use and shared by every recognition (a Vosk model is
 * read-only and reference-counted, so recognisers made from it may run on several threads at once).
 * Loading is attempted once: a failure is kept and reported instead of retried on every call.
 */
final class LazyVoskModel implements AutoCloseable {

    private final Supplier<Optional<Path>> folder;
    private volatile Model model;
    private volatile String failure;

    /** @param folder finds (copies out of the jar when it must) the model's folder; empty when there is none */
    LazyVoskModel(Supplier<Optional<Path>> folder) {
        this.folder = folder;
    }

    Model get() {
        Model loaded = model;
        if (loaded == null) {
            loaded = loadOnce();
        }
        return loaded;
    }

    /** Why the model could not be loaded, or null if it has not failed. */
    String failure() {
        return failure;
    }

    boolean loaded() {
        return model != null;
    }

    private synchronized Model loadOnce() {
        if (model == null && failure == null) {
            failure = VoskNative.problem();
        }
        if (model == null && failure == null) {
            try {
                model = new Model(folder.get().orElseThrow(() -> new IOException("its folder is missing")).toString());
            } catch (IOException | RuntimeException | LinkageError e) {
                failure = "the Vosk model did not load: " + e.getMessage();
            }
        }
        if (model == null) {
            throw new RecognitionException("Speech recognition is not available: " + failure);
        }
        return model;
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
