package studio.loqui.media.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledModelsTest {

    static final Map<String, String> MODEL = new TreeMap<>(Map.of(
            "loqui-model.properties", "vosk.version=9.9\nmodel.name=test-model\n",
            "uuid", "1234-abcd",
            "am/final.mdl", "acoustic model",
            "conf/model.conf", "--beam=10.0"));

    @TempDir
    Path dir;

    @Test
    void shouldPreferTheConfiguredFolderWhenItHoldsTheModel() throws IOException {
        Path configured = Files.createDirectories(dir.resolve("mine/lipsync"));
        Files.writeString(configured.resolve("TRAINING.txt"), "mine");
        BundledModels models = new BundledModels(dir.resolve("mine"), dir.resolve("cache"));
        assertEquals(configured, models.folder("lipsync", "TRAINING.txt").orElseThrow());
        assertEquals("mine", models.read("lipsync", "TRAINING.txt").orElseThrow());
    }

    @Test
    void shouldFindTheShippedLipSyncWeightsAndVoskModelFromAnyWorkingFolder() {
        BundledModels models = new BundledModels(dir.resolve("nowhere"), dir.resolve("cache"));
        Path lipsync = models.folder("lipsync", "TRAINING.txt").orElseThrow();
        assertTrue(Files.isRegularFile(lipsync.resolve("lipsync-0015.params")), "weights in " + lipsync);
        Path vosk = models.folder("vosk-model-en-us", "loqui-model.properties").orElseThrow();
        assertTrue(Files.isRegularFile(vosk.resolve("am/final.mdl")), "acoustic model in " + vosk);
        assertFalse(Files.exists(dir.resolve("cache")), "class-path folders are used in place");
    }

    @Test
    void shouldAnswerEmptyForAModelThisServerDoesNotHave() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            BundledModels models = new BundledModels(dir, dir.resolve("cache"), empty);
            assertFalse(models.has("vosk-model-en-us", "loqui-model.properties"));
            assertTrue(models.folder("vosk-model-en-us", "loqui-model.properties").isEmpty());
            assertTrue(models.read("vosk-model-en-us", "loqui-model.properties").isEmpty());
        }
    }

    @Test
    void shouldCopyAModelOutOfAJarOnceAndReuseTheCopyForTheSameContent() throws Exception {
        Path cache = dir.resolve("cache");
        Path first;
        try (URLClassLoader jar = jarWith("app.jar", MODEL)) {
            BundledModels models = new BundledModels(dir.resolve("none"), cache, jar);
            assertTrue(models.has("demo", "uuid"));
            assertEquals("1234-abcd", models.read("demo", "uuid").orElseThrow());
            first = models.folder("demo", "uuid").orElseThrow();
            assertEquals(cache, first.getParent());
            assertEquals("acoustic model", Files.readString(first.resolve("am/final.mdl")));
            Files.writeString(first.resolve("conf/model.conf"), "kept");
            assertEquals(first, models.folder("demo", "uuid").orElseThrow());
            assertEquals("kept", Files.readString(first.resolve("conf/model.conf")));
        }
        try (URLClassLoader rebuilt = jarWith("rebuilt.jar", MODEL)) {
            assertEquals(first, new BundledModels(dir.resolve("none"), cache, rebuilt).folder("demo", "uuid")
                    .orElseThrow(), "a rebuilt jar with the same model reuses the copy");
        }
        Map<String, String> retrained = new TreeMap<>(MODEL);
        retrained.put("am/final.mdl", "retrained acoustic model");
        try (URLClassLoader changed = jarWith("changed.jar", retrained)) {
            Path second = new BundledModels(dir.resolve("none"), cache, changed).folder("demo", "uuid").orElseThrow();
            assertNotEquals(first, second);
            assertEquals("retrained acoustic model", Files.readString(second.resolve("am/final.mdl")));
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(2, left.count(), "one copy per content, no partial copy left behind");
        }
    }

    private URLClassLoader jarWith(String name, Map<String, String> model) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var file : model.entrySet()) {
                out.putNextEntry(new JarEntry("models/demo/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }
}
