package studio.loqui.storage;

import jakarta.transaction.Transactional;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.system.ApiException;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The caller's files, as a feature that reads them by id and stores what it makes sees them: 400 for a missing
 * id or a file of the wrong kind, 404 for unknown and other users' files.
 */
public abstract class OwnedFiles {

    protected final AssetService assets;

    protected OwnedFiles(AssetService assets) {
        this.assets = assets;
    }

    /** For the client proxy CDI makes of a subclass; never called to do work. */
    protected OwnedFiles() {
        this.assets = null;
    }

    /** The caller's audio file, or video with a sound track. */
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

    /** The file an earlier attempt of the same job already stored, if it got that far. */
    @Transactional
    public Optional<Asset> earlierOutput(long ownerId, String name) {
        return Asset.findByName(ownerId, AssetArea.FILES, name);
    }

    /** Moves a finished video into the caller's files, measured like any upload. */
    public Asset storeVideo(long ownerId, Path video, String name, String projectName) {
        return store(ownerId, video, name, projectName, MediaKind.VIDEO);
    }

    protected Asset store(long ownerId, Path file, String name, String projectName, MediaKind kind) {
        return assets.store(new AssetService.Incoming(ownerId, AssetArea.FILES, file, name, projectName),
                EnumSet.of(kind));
    }

    private Asset require(long ownerId, String fileId, String field) {
        if (fileId == null || fileId.isBlank()) {
            throw ApiException.invalidField(field, "is required");
        }
        return assets.requireOwned(ownerId, fileId.strip(), "File");
    }
}
