package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoskModelFilesTest {

    static final Map<String, String> MODEL = Map.of(
            "loqui-files.txt", "uuid\nam/final.mdl\nconf/model.conf\n",
            "loqui-model.properties", "vosk.version=9.9\nmodel.name=test-model\n",
            "uuid", "1234-abcd",
            "am/final.mdl", "acoustic model",
            "conf/model.conf", "--beam=10.0");

    @TempDir
    Path temp;

    @Test
    void shouldExtractTheModelOutOfAJarOnceUnderItsVersion() throws IOException {
        Path cache = temp.resolve("cache");
        try (URLClassLoader jar = jarWith(MODEL)) {
            VoskModelFiles files = new VoskModelFiles(jar, cache);
            Path directory = files.directory();
            assertEquals(cache.resolve("vosk-model-en-us-9.9-1234-abcd"), directory);
            assertEquals("acoustic model", Files.readString(directory.resolve("am/final.mdl")));
            Files.writeString(directory.resolve("conf/model.conf"), "kept");
            assertEquals(directory, files.directory());
            assertEquals("kept", Files.readString(directory.resolve("conf/model.conf")));
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(1, left.count(), "no partial copy is left behind");
        }
    }

    @Test
    void shouldUseAClassPathFolderInPlace() throws IOException {
        Path root = temp.resolve("classes");
        for (var file : MODEL.entrySet()) {
            Path path = root.resolve(VoskModelFiles.FOLDER + file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        try (URLClassLoader folder = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertEquals(root.resolve(VoskModelFiles.FOLDER).toRealPath(),
                    new VoskModelFiles(folder, temp.resolve("cache")).directory().toRealPath());
        }
        assertFalse(Files.exists(temp.resolve("cache")));
    }

    @Test
    void shouldSayTheModelIsMissingWhenTheClassPathHasNone() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            VoskModelFiles files = new VoskModelFiles(empty, temp);
            assertFalse(files.present());
            assertThrows(IOException.class, files::directory);
        }
    }

    private URLClassLoader jarWith(Map<String, String> model) throws IOException {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var file : model.entrySet()) {
                out.putNextEntry(new JarEntry(VoskModelFiles.FOLDER + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertTrue(Files.size(jar) > 0);
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }
}
