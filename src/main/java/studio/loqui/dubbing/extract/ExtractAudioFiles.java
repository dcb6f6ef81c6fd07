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

/**
 * The files an extraction checks and writes: the caller's video must have an audio track, and the audio becomes a
 * file of theirs. Reading the source and finding an earlier output are {@link studio.loqui.dubbing.DubbingFiles}'.
 */
@ApplicationScoped
public class ExtractAudioFiles {

    private final AssetService assets;

    public ExtractAudioFiles(AssetService assets) {
        this.assets = assets;
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

    /** Moves the finished work file into the caller's files, measured like any upload. */
    public Asset store(long ownerId, Path audio, String name, String projectName) {
        return assets.store(new AssetService.Incoming(ownerId, AssetArea.FILES, audio, name, projectName),
                EnumSet.of(MediaKind.AUDIO));
    }
}
