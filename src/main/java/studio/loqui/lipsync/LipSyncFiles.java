package studio.loqui.lipsync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/** The caller's files a lip-sync reads, and the videos it stores. */
@ApplicationScoped
public class LipSyncFiles {

    private final AssetService assets;

    public LipSyncFiles(AssetService assets) {
        this.assets = assets;
    }

    /** What a job needs of an input file, read once so the job holds no entity. */
    public record Source(Path path, String projectName) {
    }

    /** The caller's file with a sound track; 400 for one without, 404 for unknown and other users' files. */
    @Transactional
    public Asset requireWithAudio(long ownerId, String fileId, String field) {
        Asset asset = require(ownerId, fileId, field);
        if (asset.sampleRate == null || MediaKind.IMAGE.label().equals(asset.kind)) {
            throw ApiException.invalidField(field, "file " + fileId + " has no audio track");
        }
        return asset;
    }

    /** The caller's file holding a video stream. */
    @Transactional
    public Asset requireVideo(long ownerId, String fileId, String field) {
        Asset asset = require(ownerId, fileId, field);
        if (!MediaKind.VIDEO.label().equals(asset.kind) || asset.width == null) {
            throw ApiException.invalidField(field, "file " + fileId + " is " + asset.kind + ", not a video with a picture");
        }
        return asset;
    }

    @Transactional
    public Optional<Source> source(long ownerId, String fileId) {
        return Asset.findOwned(ownerId, fileId).map(asset -> new Source(assets.pathOf(asset), asset.projectName));
    }

    /** The file an earlier attempt of the same job already stored, if it got that far. */
    @Transactional
    public Optional<Asset> earlierOutput(long ownerId, String name) {
        return Asset.findByName(ownerId, AssetArea.FILES, name);
    }

    /** Moves a finished video into the caller's files, measured like any upload. */
    public Asset storeVideo(long ownerId, Path video, String name, String projectName) {
        return assets.store(new AssetService.Incoming(ownerId, AssetArea.FILES, video, name, projectName),
                EnumSet.of(MediaKind.VIDEO));
    }

    private Asset require(long ownerId, String fileId, String field) {
        if (fileId == null || fileId.isBlank()) {
            throw ApiException.invalidField(field, "is required");
        }
        return assets.requireOwned(ownerId, fileId.strip(), "File");
    }
}
