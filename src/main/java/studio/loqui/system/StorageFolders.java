package studio.loqui.system;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the storage root owner-only before anything is written there (the H2 database opens first, see
 * {@link DatabaseCredentials}): the root and its folders 0700, the database and key files 0600. A root made
 * by an older version, readable by everyone, is closed the same way at the next start.
 */
@ApplicationScoped
public class StorageFolders {

    /** Folders whose files are secrets or whole databases: each file in them is made 0600 at start. */
    private static final List<String> PRIVATE_FILES = List.of("db", "keys");

    private final Path root;
    private volatile boolean prepared;

    public StorageFolders(LoquiConfig config) {
        this.root = Path.of(config.storage().root()).toAbsolutePath().normalize();
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        prepare();
        closeFilesIn(root.resolve("db")); // the files H2 made when it first opened the database
    }

    /** Creates or closes the storage root; cheap after the first call. */
    public synchronized void prepare() {
        if (prepared) {
            return;
        }
        try {
            OwnerOnly.folders(root);
            OwnerOnly.folder(root);
            for (String name : List.of("db", "keys", "files", "tmp", "tmp/uploads")) {
                OwnerOnly.folders(root.resolve(name));
                OwnerOnly.folder(root.resolve(name));
            }
            closeFoldersIn(root);
            closeFoldersIn(root.resolve("tmp"));
            closeFoldersIn(root.resolve("files"));   // each user's folder, also those made before this rule
            for (String name : PRIVATE_FILES) {
                closeFilesIn(root.resolve(name));
            }
            prepared = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the storage folder " + root, e);
        }
    }

    private static void closeFoldersIn(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry)) {
                    OwnerOnly.folder(entry);
                } else {
                    OwnerOnly.file(entry);
                }
            }
        }
    }

    private static void closeFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                OwnerOnly.file(file);
            }
        }
    }
}
