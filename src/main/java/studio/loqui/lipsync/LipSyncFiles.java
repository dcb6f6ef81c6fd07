package studio.loqui.lipsync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetService;
import studio.loqui.storage.OwnedFiles;

import java.nio.file.Path;
import java.util.Optional;

/** The caller's files a lip-sync reads, and the videos it stores. */
@ApplicationScoped
public class LipSyncFiles extends OwnedFiles {

    public LipSyncFiles(AssetService assets) {
        super(assets);
    }

    /** What a job needs of an input file, read once so the job holds no entity. */
    public record Source(Path path, String projectName) {
    }

    @Transactional
    public Optional<Source> source(long ownerId, String fileId) {
        return Asset.findOwned(ownerId, fileId).map(asset -> new Source(assets.pathOf(asset), asset.projectName));
    }
}
