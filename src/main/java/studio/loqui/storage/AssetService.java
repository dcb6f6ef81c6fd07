package studio.loqui.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import studio.loqui.media.inspect.MediaInfo;
import studio.loqui.media.inspect.MediaInspector;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/** Stores files as assets: measured on arrival, kept under the storage root, owned by one user. */
@ApplicationScoped
public class AssetService {

    private static final Logger LOG = Logger.getLogger(AssetService.class);

    private final MediaInspector inspector;
    private final Path root;

    public AssetService(MediaInspector inspector, LoquiConfig config) {
        this.inspector = inspector;
        this.root = Path.of(config.storage().root()).toAbsolutePath().normalize();
    }

    /** One file to store: where it is now, whose it is, and what the client called it. */
    public record Incoming(Long ownerId, AssetArea area, Path file, String clientName, String projectName) {
    }

    /**
     * Measures {@code incoming.file()}, which must be one of {@code allowed}, and moves it into storage.
     * Seed-000 storage keeps one file per name: storing a name again replaces the file. The file is probed
     * before the transaction, which only writes rows; call it outside a transaction of your own.
     */
    public Asset store(Incoming incoming, Set<MediaKind> allowed) {
        MediaInfo info = inspector.inspect(incoming.file(), allowed);
        return QuarkusTransaction.joiningExisting().call(() -> keep(incoming, info));
    }

    private Asset keep(Incoming incoming, MediaInfo info) {
        Asset asset = newAsset(incoming, info);
        if (incoming.area() == AssetArea.STORAGE) {
            Asset.findByName(incoming.ownerId(), AssetArea.STORAGE, asset.name).ifPresent(this::delete);
        }
        moveIntoPlace(incoming.file(), pathOf(asset));
        asset.sizeBytes = size(pathOf(asset));
        asset.persist();
        return asset;
    }

    /** The asset of {@code ownerId} with this public id, or 404 (also for other users' assets). */
    public Asset requireOwned(long ownerId, String publicId, String what) {
        return Asset.findOwned(ownerId, publicId)
                .orElseThrow(() -> ApiException.notFound(what + " " + publicId + " not found"));
    }

    @Transactional
    public void delete(Asset asset) {
        Asset managed = Asset.findById(asset.id);
        if (managed == null) {
            return;
        }
        Path file = pathOf(managed);
        managed.delete();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", file, e.getMessage());
        }
    }

    /** The absolute path of an asset's file, which always lies under the storage root. */
    public Path pathOf(Asset asset) {
        Path path = root.resolve(asset.storagePath).normalize();
        if (!path.startsWith(root)) {
            throw ApiException.notFound("File not found");
        }
        return path;
    }

    public Path root() {
        return root;
    }

    private Asset newAsset(Incoming incoming, MediaInfo info) {
        Asset asset = new Asset();
        asset.publicId = UUID.randomUUID().toString();
        asset.ownerId = incoming.ownerId();
        asset.area = incoming.area();
        asset.format = info.extension();
        asset.name = incoming.clientName() != null ? incoming.clientName() : asset.storedName();
        asset.kind = info.kind().label();
        asset.mimeType = info.mimeType();
        asset.durationSeconds = info.durationSeconds();
        asset.sampleRate = info.sampleRate();
        asset.channels = info.channels();
        asset.width = info.width();
        asset.height = info.height();
        asset.projectName = incoming.projectName();
        asset.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String owner = incoming.ownerId() == null ? "public" : incoming.ownerId().toString();
        asset.storagePath = "files/" + owner + "/" + asset.storedName();
        return asset;
    }

    private static void moveIntoPlace(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            Files.move(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
