package studio.loqui.avatar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Seed 004's files: uploads and renders named by a random UUID, never by the client's name. A file with
 * an owner is visible to that owner only; an anonymous one to whoever holds its name.
 */
@ApplicationScoped
public class AvatarFiles {

    private static final Pattern NAME = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[a-z0-9]{2,4}$");

    private final AssetService assets;

    public AvatarFiles(AssetService assets) {
        this.assets = assets;
    }

    public Asset upload(Long ownerId, Path file, MediaKind kind) {
        return assets.store(new AssetService.Incoming(ownerId, AssetArea.AVATAR, file, null, null), EnumSet.of(kind));
    }

    /** Stores a finished render under {@code name}, measured like any upload. */
    public Asset storeRender(Long ownerId, Path file, String name) {
        return assets.store(new AssetService.Incoming(ownerId, AssetArea.AVATAR, file, name, null),
                EnumSet.of(MediaKind.VIDEO));
    }

    /** The caller's (or an anonymous) avatar file by name; {@code what} names it in the 404. */
    @Transactional
    public Asset require(Long callerId, String filename, String what) {
        return find(callerId, filename).orElseThrow(() -> ApiException.notFound(what + " not found: " + safe(filename)));
    }

    @Transactional
    public Optional<Asset> find(Long callerId, String filename) {
        if (filename == null || !NAME.matcher(filename).matches()) {
            return Optional.empty();
        }
        return Asset.<Asset>find("area = ?1 and name = ?2", AssetArea.AVATAR, filename).firstResultOptional()
                .filter(a -> a.ownerId == null || Objects.equals(a.ownerId, callerId));
    }

    @Transactional
    public void delete(Asset asset) {
        assets.delete(asset);
    }

    public Path pathOf(Asset asset) {
        return assets.pathOf(asset);
    }

    private static String safe(String filename) {
        return filename == null ? "" : filename.replaceAll("[^A-Za-z0-9._-]", "?");
    }
}
