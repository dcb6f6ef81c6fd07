package studio.loqui.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Key files under the storage root, readable by their owner only. A new key is written in full to a
 * private temporary file and then linked into place, which fails when the name exists: a half-written key
 * is never seen, and when two servers sharing the storage race, the first key stays and both use it.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** The file's text, first made from {@code fresh} when there is no such file. */
    public static String readOrCreate(Path file, Supplier<String> fresh) throws IOException {
        if (!Files.exists(file)) {
            createNew(file, fresh.get());
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Writes a new key file; returns {@code false}, leaving the file alone, when it already exists. */
    public static boolean createNew(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        OwnerOnly.folders(folder);
        Path tmp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp", OwnerOnly.fileAttributes(folder));
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            return linkUnlessExists(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean linkUnlessExists(Path tmp, Path file) throws IOException {
        try {
            Files.createLink(file, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            // No hard links here: copying without REPLACE_EXISTING still refuses an existing key.
            try {
                Files.copy(tmp, file);
                return true;
            } catch (FileAlreadyExistsException exists) {
                return false;
            }
        }
    }
}
