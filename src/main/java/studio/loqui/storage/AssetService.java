package studio.loqui.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import studio.loqui.auth.User;
import studio.loqui.media.inspect.MediaInfo;
import studio.loqui.media.inspect.MediaInspector;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;
import studio.loqui.system.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Stores files as assets: measured on arrival, kept under the storage root, owned by one user. */
@ApplicationScoped
public class AssetService {

    private static final Logger LOG = Logger.getLogger(AssetService.class);

    private final MediaInspector inspector;
    private final TransactionSynchronizationRegistry transactions;
    private final ArrivingFiles files;
    private final Path root;

    public AssetService(MediaInspector inspector, TransactionSynchronizationRegistry transactions, ArrivingFiles files,
                        LoquiConfig config) {
        this.inspector = inspector;
        this.transactions = transactions;
        this.files = files;
        this.root = Path.of(config.storage().root()).toAbsolutePath().normalize();
    }

    /** One file to store: where it is now, whose it is, and what the client called it. */
    public record Incoming(Long ownerId, AssetArea area, Path file, String clientName, String projectName) {
    }

    /**
     * Measures {@code incoming.file()}, which must be one of {@code allowed}, and moves it into storage.
     * Seed-000 storage keeps one file per name: storing a name again replaces the file, and uploads of one
     * name by one owner take turns (the owner's row is locked), so the last to finish wins and no file is left
     * over. A file moved in is removed again when the transaction does not commit; a replaced file goes once
     * it does.
     */
    public Asset store(Incoming incoming, Set<MediaKind> allowed) {
        MediaInfo info = inspector.inspect(incoming.file(), allowed);
        return QuarkusTransaction.joiningExisting().call(() -> keep(incoming, info));
    }

    private Asset keep(Incoming incoming, MediaInfo info) {
        Asset asset = newAsset(incoming, info);
        if (incoming.area() == AssetArea.STORAGE) {
            User.findById(incoming.ownerId(), LockModeType.PESSIMISTIC_WRITE);
            Asset.listByName(incoming.ownerId(), AssetArea.STORAGE, asset.name).forEach(this::delete);
        }
        Path target = pathOf(asset);
        files.arriving(target);
        afterCompletion(committed -> files.arrived(target, committed));
        moveIntoPlace(incoming.file(), target);
        asset.sizeBytes = size(target);
        asset.persist();
        return asset;
    }

    /** The asset of {@code ownerId} with this public id, or 404 (also for other users' assets). */
    public Asset requireOwned(long ownerId, String publicId, String what) {
        return Asset.findOwned(ownerId, publicId)
                .orElseThrow(() -> ApiException.notFound(what + " " + publicId + " not found"));
    }

    /** Deletes the asset; its file goes once the deletion commits. */
    @Transactional
    public void delete(Asset asset) {
        Asset managed = Asset.findById(asset.id);
        if (managed == null) {
            return;
        }
        Path file = pathOf(managed);
        managed.delete();
        afterCompletion(committed -> {
            if (committed) {
                deleteFile(file);
            }
        });
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
            OwnerOnly.folders(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            Files.move(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.file(tmp);
            Files.setLastModifiedTime(tmp, FileTime.from(Instant.now())); // its age tells the sweeper it is new
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file", e);
        }
    }

    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", file, e.getMessage());
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
