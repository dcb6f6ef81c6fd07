package studio.loqui.media.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledModelsTest {

    @TempDir
    Path dir;

    @Test
    void shouldPreferTheConfiguredFolderWhenItHoldsTheModel() throws IOException {
        Path configured = Files.createDirectories(dir.resolve("mine/lipsync"));
        Optional<Path> found = new BundledModels(dir.resolve("mine"), dir.resolve("cache")).folder("lipsync", "TRAINING.txt");
        assertEquals(configured, found.orElseThrow());
    }

    @Test
    void shouldFindTheShippedLipSyncWeightsFromAnyWorkingFolder() {
        Path found = new BundledModels(dir.resolve("nowhere"), dir.resolve("cache")).folder("lipsync", "TRAINING.txt")
                .orElseThrow();
        assertTrue(Files.isRegularFile(found.resolve("lipsync-0015.params")), "weights in " + found);
    }

    @Test
    void shouldAnswerEmptyForAModelThisServerDoesNotHave() {
        assertTrue(new BundledModels(dir, dir.resolve("cache")).folder("no-such-model", "x").isEmpty());
    }

    @Test
    void shouldUnpackAModelOutOfAJarOnceAndReuseTheCopy() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"models/demo/conf/model.conf", "models/demo/README"}) {
                out.putNextEntry(new JarEntry(name));
                out.write(("content of " + name).getBytes());
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URI folder = URI.create(loader.getResource("models/demo/README").toString().replace("/README", ""));
            BundledModels models = new BundledModels(dir.resolve("none"), dir.resolve("cache"));
            Path first = models.unpacked(folder, "demo");
            Path second = models.unpacked(folder, "demo");
            assertEquals(first, second);
            assertEquals("content of models/demo/conf/model.conf", Files.readString(first.resolve("conf/model.conf")));
            try (var left = Files.list(dir.resolve("cache"))) {
                assertEquals(1, left.count(), "no partial copy left behind");
            }
        }
    }
}
