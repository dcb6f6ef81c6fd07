package studio.loqui.storage;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import studio.loqui.system.LoquiConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes stored files that no asset row names: outputs a crashed job or a killed upload moved into
 * {@code files/} before its row committed, and {@code .part} files of moves cut short; also multipart
 * uploads a killed request left in {@code tmp/uploads}. Runs shortly after start, then every
 * {@code loqui.storage.sweep-every}; a file younger than {@code orphan-grace} may still be committing elsewhere.
 */
@ApplicationScoped
public class StorageSweeper {

    private static final Logger LOG = Logger.getLogger(StorageSweeper.class);
    private static final Duration UPLOAD_GRACE = Duration.ofHours(1);

    private final ArrivingFiles arriving;
    private final Path root;
    private final Duration grace;

    public StorageSweeper(ArrivingFiles arriving, LoquiConfig config) {
        this.arriving = arriving;
        this.root = Path.of(config.storage().root()).toAbsolutePath().normalize();
        this.grace = config.storage().orphanGrace();
    }

    @Scheduled(every = "${loqui.storage.sweep-every:10m}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        int removed = 0;
        for (Path ownerFolder : list(root.resolve("files"))) {
            if (Files.isDirectory(ownerFolder)) {
                removed += sweepOwner(ownerFolder);
            }
        }
        removed += removeOlderThan(list(root.resolve("tmp/uploads")), UPLOAD_GRACE);
        if (removed > 0) {
            LOG.infof("Removed %d orphaned file(s) from %s", removed, root);
        }
    }

    private int sweepOwner(Path ownerFolder) {
        // Files still arriving are dropped before the rows are read: one that has stopped arriving has committed its row.
        List<Path> settled = list(ownerFolder).stream().filter(file -> !arriving.isArriving(file)).toList();
        Set<String> known = storedPaths(relative(ownerFolder) + "/");
        return removeOlderThan(settled.stream().filter(file -> !known.contains(relative(file))).toList(), grace);
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    @Transactional
    Set<String> storedPaths(String folder) {
        return new HashSet<>(Asset.getEntityManager()
                .createQuery("select a.storagePath from Asset a where a.storagePath like :folder", String.class)
                .setParameter("folder", folder + "%")
                .getResultList());
    }

    private static int removeOlderThan(List<Path> files, Duration age) {
        Instant before = Instant.now().minus(age);
        int removed = 0;
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            } catch (IOException e) {
                LOG.warnf("Could not remove orphaned file %s: %s", file, e.getMessage());
            }
        }
        return removed;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
