package studio.loqui.system;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders (0700) and files (0600) that only the server's own user can open: the storage root holds the
 * database, the keys and every user's media. Where the file system has no POSIX permissions this does nothing.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents as owner-only; an existing folder is left as it is. */
    public static Path folders(Path dir) throws IOException {
        return Files.createDirectories(dir, attributes(dir.getFileSystem(), FOLDER));
    }

    /** Makes an existing folder owner-only. */
    public static void folder(Path dir) throws IOException {
        set(dir, FOLDER);
    }

    /** Makes an existing file owner-only. */
    public static void file(Path file) throws IOException {
        set(file, FILE);
    }

    /** The attribute that creates a file owner-only, for {@code Files.createFile} and the like. */
    public static FileAttribute<?>[] fileAttributes(Path where) {
        return attributes(where.getFileSystem(), FILE);
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path.getFileSystem()) && Files.exists(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static FileAttribute<?>[] attributes(FileSystem fs, Set<PosixFilePermission> permissions) {
        return posix(fs) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}
