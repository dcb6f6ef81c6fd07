package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/** The database and file side of speech jobs, each call its own transaction so jobs hold no entity. */
@ApplicationScoped
public class SpeechFiles {

    private final AssetService assets;
    private final VoiceAnalysis analysis;

    public SpeechFiles(AssetService assets, VoiceAnalysis analysis) {
        this.assets = assets;
        this.analysis = analysis;
    }

    @Transactional
    public Optional<VoiceProfileData> profile(long ownerId, Long voiceId) {
        if (voiceId == null) {
            return Optional.empty();
        }
        Voice voice = Voice.findById(voiceId);
        if (voice == null || !voice.ownerId.equals(ownerId)) {
            return Optional.empty();
        }
        return Optional.of(analysis.profileOf(voice));
    }

    @Transactional
    public Optional<Asset> earlierOutput(long ownerId, AssetArea area, String name) {
        return Asset.findByName(ownerId, area, name);
    }

    public Asset store(long ownerId, AssetArea area, Path file, String name) {
        return assets.store(new AssetService.Incoming(ownerId, area, file, name, null), EnumSet.of(MediaKind.AUDIO));
    }

    @Transactional
    public Optional<Path> sourceOf(long ownerId, long assetId) {
        Asset asset = Asset.findById(assetId);
        return asset == null || !asset.ownerId.equals(ownerId) ? Optional.empty() : Optional.of(assets.pathOf(asset));
    }
}
