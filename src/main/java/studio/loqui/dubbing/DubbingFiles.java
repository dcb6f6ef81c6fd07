package studio.loqui.dubbing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetService;
import studio.loqui.storage.OwnedFiles;

import java.nio.file.Path;
import java.util.Optional;

/** The caller's files that transcription and video generation read, and the videos and sound they store. */
@ApplicationScoped
public class DubbingFiles extends OwnedFiles {

    public DubbingFiles(AssetService assets) {
        super(assets);
    }

    /** What a job needs of an input file, read once so the job holds no entity. */
    public record Source(Path path, double durationSeconds, String projectName) {
    }

    @Transactional
    public Optional<Source> source(long ownerId, String fileId) {
        return Asset.findOwned(ownerId, fileId).map(asset -> new Source(assets.pathOf(asset),
                asset.durationSeconds == null ? 0 : asset.durationSeconds, asset.projectName));
    }

    /** Moves a finished sound file into the caller's files, measured like any upload. */
    public Asset storeAudio(long ownerId, Path audio, String name, String projectName) {
        return store(ownerId, audio, name, projectName, MediaKind.AUDIO);
    }
}
