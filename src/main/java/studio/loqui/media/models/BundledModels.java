package studio.loqui.media.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Finds the folder of a model that ships with the server (the build puts {@code models/} on the
 * application's class path: the lip-sync weights, the Vosk speech model): in the configured models folder
 * when it holds the model, else the class-path folder itself, else a copy made once out of the application
 * jar into a cache folder. So {@code java -jar} from any folder, a service manager and the container image
 * all find the same files.
 *
 * <p>A copy is named after what it holds (the names, sizes and CRCs of the model's entries in the jar), so
 * a rebuilt jar with the same model reuses it and new weights get a copy of their own. It is written under
 * a temporary name and renamed into place, so a copy that exists is complete, also when two servers start
 * at once.
 */
public final class BundledModels {

    static final String CLASS_PATH_ROOT = "models/";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path configuredRoot;
    private final Path cacheRoot;
    private final ClassLoader loader;

    public BundledModels(Path configuredRoot, Path cacheRoot) {
        this(configuredRoot, cacheRoot, BundledModels.class.getClassLoader());
    }

    public BundledModels(Path configuredRoot, Path cacheRoot, ClassLoader loader) {
        this.configuredRoot = configuredRoot;
        this.cacheRoot = cacheRoot;
        this.loader = loader;
    }

    /** Whether this server has model {@code name}, without copying anything. */
    public boolean has(String name, String oneOfItsFiles) {
        return Files.isDirectory(configuredRoot.resolve(name)) || resource(name, oneOfItsFiles) != null;
    }

    /** The text of one of model {@code name}'s files, read where the model is without copying it; empty if none. */
    public Optional<String> read(String name, String file) {
        Path configured = configuredRoot.resolve(name);
        try {
            if (Files.isDirectory(configured)) {
                Path path = configured.resolve(file);
                return Files.isRegularFile(path) ? Optional.of(Files.readString(path)) : Optional.empty();
            }
            try (InputStream in = loader.getResourceAsStream(CLASS_PATH_ROOT + name + "/" + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Model " + name + "'s " + file + " could not be read", e);
        }
    }

    /**
     * The folder holding model {@code name} (e.g. {@code lipsync}), or empty when this server has none.
     * {@code oneOfItsFiles} is looked up on the class path, where a folder cannot be.
     */
    public Optional<Path> folder(String name, String oneOfItsFiles) {
        Path configured = configuredRoot.resolve(name);
        if (Files.isDirectory(configured)) {
            return Optional.of(configured);
        }
        URL resource = resource(name, oneOfItsFiles);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(resolve(resource, name, oneOfItsFiles));
        } catch (IOException e) {
            throw new UncheckedIOException("Model " + name + " could not be read from " + resource, e);
        }
    }

    private URL resource(String name, String file) {
        return loader.getResource(CLASS_PATH_ROOT + name + "/" + file);
    }

    private Path resolve(URL resource, String name, String file) throws IOException {
        URI uri = toUri(resource);
        if ("file".equals(uri.getScheme())) {
            return Path.of(uri).getParent();
        }
        String folder = uri.toString();
        return unpacked(URI.create(folder.substring(0, folder.length() - file.length() - 1)), name);
    }

    /** The model folder {@code jarUri} copied out of its jar, once per content. */
    Path unpacked(URI jarUri, String name) throws IOException {
        FileSystem opened = null;
        try {
            opened = FileSystems.newFileSystem(jarUri, Map.of());
        } catch (FileSystemAlreadyExistsException openedElsewhere) {
            // another reader has the jar open: read through it and leave it open
        }
        try {
            return unpacked(Path.of(jarUri), name);
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    private Path unpacked(Path source, String name) throws IOException {
        List<Path> files = filesIn(source);
        Path target = cacheRoot.resolve(name + "-" + fingerprint(source, files));
        if (Files.isDirectory(target)) {
            return target;
        }
        ownerOnlyFolders(cacheRoot);
        Path partial = Files.createTempDirectory(cacheRoot, name + "-partial-");
        try {
            for (Path file : files) {
                Path to = partial.resolve(source.relativize(file).toString());
                ownerOnlyFolders(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
            moveIntoPlace(partial, target);
        } finally {
            deleteTree(partial);
        }
        return target;
    }

    /** The cache lives in the server's storage, whose folders only its user may open (0700). */
    private static void ownerOnlyFolders(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder);
            return;
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** The names, sizes and CRCs the jar records for the model's files, hashed: reading it copies nothing. */
    private static String fingerprint(Path folder, List<Path> files) throws IOException {
        CRC32 hash = new CRC32();
        long bytes = 0;
        for (Path file : files) {
            long size = Files.size(file);
            bytes += size;
            String entry = folder.relativize(file) + ":" + size + ":" + Files.getAttribute(file, "zip:crc") + "\n";
            hash.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        return Long.toHexString(bytes) + "-" + Long.toHexString(hash.getValue());
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException anotherProcessWon) {
            if (!Files.isDirectory(target)) {
                throw anotherProcessWon;
            }
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    private static URI toUri(URL resource) {
        try {
            return resource.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable class-path location " + resource, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
