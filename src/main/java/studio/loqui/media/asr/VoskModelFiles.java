package studio.loqui.media.asr;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Vosk model that the build unpacks into the class path folder {@code models/vosk-model-en-us/},
 * as a directory Vosk can open: the folder itself when the class path is a directory, otherwise (inside
 * the packaged application's jar) a copy extracted once into the cache folder, written under a temporary
 * name and renamed into place, so a copy that exists is complete.
 */
final class VoskModelFiles {

    static final String FOLDER = "models/vosk-model-en-us/";
    private static final String FILE_LIST = FOLDER + "loqui-files.txt";
    private static final String DESCRIPTION = FOLDER + "loqui-model.properties";

    private final ClassLoader loader;
    private final Path cache;

    VoskModelFiles(ClassLoader loader, Path cache) {
        this.loader = loader;
        this.cache = cache;
    }

    boolean present() {
        return loader.getResource(FILE_LIST) != null;
    }

    /** What the build wrote about the model ({@code vosk.version}, {@code model.name}, {@code source}); empty if unreadable. */
    Properties description() {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(DESCRIPTION)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            properties.clear();
        }
        return properties;
    }

    Path directory() throws IOException {
        URL list = loader.getResource(FILE_LIST);
        if (list == null) {
            throw new FileNotFoundException("class path folder " + FOLDER + " is missing");
        }
        if ("file".equals(list.getProtocol())) {
            try {
                return Path.of(list.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return extracted();
    }

    private Path extracted() throws IOException {
        Path target = cache.resolve("vosk-model-en-us-" + version());
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, target.getFileName() + ".partial-");
        try {
            for (String file : fileNames()) {
                copy(FOLDER + file, partial.resolve(file));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherProcessWon) {
            // its copy is complete too
        } finally {
            deleteTree(partial);
        }
        return target;
    }

    /** The build's version and the model's own id: a new model never reuses an old copy. */
    private String version() throws IOException {
        return description().getProperty("vosk.version", "unknown") + "-" + read(FOLDER + "uuid").strip();
    }

    private List<String> fileNames() throws IOException {
        return read(FILE_LIST).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private String read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void copy(String resource, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (InputStream in = open(resource)) {
            Files.copy(in, file);
        }
    }

    private InputStream open(String resource) throws FileNotFoundException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new FileNotFoundException("class path resource " + resource + " is missing");
        }
        return in;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
