package studio.loqui.dubbing.extract;

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

/** The files an extraction reads and writes: the caller's video, and the audio file it becomes. */
@ApplicationScoped
public class ExtractAudioFiles {

    private final AssetService assets;

    public ExtractAudioFiles(AssetService assets) {
        this.assets = assets;
    }

    /** What the job needs of the source video, read once so the job holds no entity. */
    public record SourceVideo(Path path, double durationSeconds, String projectName) {
    }

    /** The caller's video with an audio track, or a 4xx that says what is wrong with it. */
    @Transactional
    public Asset requireVideoWithAudio(long ownerId, String fileId) {
        Asset asset = assets.requireOwned(ownerId, fileId, "File");
        if (!MediaKind.VIDEO.label().equals(asset.kind)) {
            throw ApiException.invalidField("video_file_id", "file " + fileId + " is " + asset.kind + ", not a video");
        }
        if (asset.sampleRate == null) {
            throw ApiException.invalidField("video_file_id", "video " + fileId + " has no audio track");
        }
        return asset;
    }

    @Transactional
    public Optional<SourceVideo> source(long ownerId, String fileId) {
        return Asset.findOwned(ownerId, fileId).map(asset -> new SourceVideo(assets.pathOf(asset),
                asset.durationSeconds == null ? 0 : asset.durationSeconds, asset.projectName));
    }

    /** The file an earlier attempt of the same job already stored, if it got that far. */
    @Transactional
    public Optional<Asset> earlierOutput(long ownerId, String name) {
        return Asset.findByName(ownerId, AssetArea.FILES, name);
    }

    /** Moves the finished work file into the caller's files, measured like any upload. */
    public Asset store(long ownerId, Path audio, String name, String projectName) {
        return assets.store(new AssetService.Incoming(ownerId, AssetArea.FILES, audio, name, projectName),
                EnumSet.of(MediaKind.AUDIO));
    }
}
