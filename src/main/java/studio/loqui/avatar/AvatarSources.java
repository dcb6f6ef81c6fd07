package studio.loqui.avatar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.voiceprint.VoiceProfileData;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.speech.SpeechFiles;

import java.nio.file.Path;
import java.util.Optional;

/** The database side of an avatar job, each call its own transaction so the job holds no entity. */
@ApplicationScoped
public class AvatarSources {

    private final AssetService assets;
    private final SpeechFiles speechFiles;

    public AvatarSources(AssetService assets, SpeechFiles speechFiles) {
        this.assets = assets;
        this.speechFiles = speechFiles;
    }

    @Transactional
    public Optional<Path> file(long assetId) {
        Asset asset = Asset.findById(assetId);
        return asset == null ? Optional.empty() : Optional.of(assets.pathOf(asset));
    }

    @Transactional
    public Optional<Asset> earlierRender(String name) {
        return Asset.<Asset>find("area = ?1 and name = ?2", AssetArea.AVATAR, name).firstResultOptional();
    }

    public Optional<VoiceProfileData> voice(long ownerId, Long voiceId) {
        return speechFiles.profile(ownerId, voiceId);
    }
}
