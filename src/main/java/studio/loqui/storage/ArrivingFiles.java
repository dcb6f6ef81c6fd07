package studio.loqui.storage;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files this process has moved into storage whose rows are not committed yet: the orphan sweeper leaves
 * them alone. When their transaction does not commit they are removed here.
 */
@ApplicationScoped
public class ArrivingFiles {

    private final Set<Path> arriving = ConcurrentHashMap.newKeySet();

    void arriving(Path file) {
        arriving.add(file);
    }

    void arrived(Path file, boolean committed) {
        if (!committed) {
            AssetService.deleteFile(file);
        }
        arriving.remove(file);
    }

    boolean isArriving(Path file) {
        return arriving.contains(file);
    }
}
