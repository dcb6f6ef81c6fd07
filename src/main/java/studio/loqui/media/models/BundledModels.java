package studio.loqui.media.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder of a model that ships with the server (the build copies {@code models/} into the
 * application's class path): in the configured models folder when it holds the model, else the class-path
 * folder itself, else a copy made once out of the application jar into a cache folder. So {@code java -jar}
 * from any folder, a service manager and the container image all find the same weights.
 */
public final class BundledModels {

    static final String CLASS_PATH_ROOT = "models/";

    private final Path configuredRoot;
    private final Path cacheRoot;

    public BundledModels(Path configuredRoot, Path cacheRoot) {
        this.configuredRoot = configuredRoot;
        this.cacheRoot = cacheRoot;
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
        URL resource = BundledModels.class.getClassLoader().getResource(CLASS_PATH_ROOT + name + "/" + oneOfItsFiles);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(resolve(resource, name, oneOfItsFiles));
        } catch (IOException e) {
            throw new UncheckedIOException("Model " + name + " could not be read from " + resource, e);
        }
    }

    private Path resolve(URL resource, String name, String file) throws IOException {
        URI uri = toUri(resource);
        if ("file".equals(uri.getScheme())) {
            return Path.of(uri).getParent();
        }
        String folder = uri.toString();
        return unpacked(URI.create(folder.substring(0, folder.length() - file.length() - 1)), name);
    }

    /** The model copied out of its jar, once per version of the jar: a rebuilt jar gets a fresh copy. */
    Path unpacked(URI jarUri, String name) throws IOException {
        Path target = cacheRoot.resolve(name + "-" + versionOf(jarUri));
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(cacheRoot);
        Path partial = Files.createTempDirectory(cacheRoot, name + "-partial-");
        try {
            copyOutOfJar(jarUri, partial);
            moveIntoPlace(partial, target);
        } finally {
            deleteTree(partial);
        }
        return target;
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

    private static void copyOutOfJar(URI jarUri, Path target) throws IOException {
        FileSystem opened = null;
        try {
            opened = FileSystems.newFileSystem(jarUri, Map.of());
        } catch (FileSystemAlreadyExistsException openedElsewhere) {
            // another reader has the jar open: read through it and leave it open
        }
        try {
            copyTree(Path.of(jarUri), target);
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String versionOf(URI jarUri) throws IOException {
        String spec = jarUri.getSchemeSpecificPart();
        Path jarFile = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
        return Long.toHexString(Files.size(jarFile)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(jarFile).toMillis());
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
