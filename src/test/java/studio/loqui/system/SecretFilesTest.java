package studio.loqui.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateAKeyReadableByItsOwnerOnly() throws IOException {
        Path key = dir.resolve("keys").resolve("a.key");
        assertEquals("first", SecretFiles.readOrCreate(key, () -> "first"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        try (var left = Files.list(key.getParent())) {
            assertEquals(1, left.count(), "no temporary file stays behind");
        }
    }

    @Test
    void shouldNotReplaceAKeyAnotherServerMadeFirst() throws IOException {
        Path key = dir.resolve("b.key");
        assertTrue(SecretFiles.createNew(key, "theirs"));
        assertFalse(SecretFiles.createNew(key, "mine"));
        assertEquals("theirs", SecretFiles.readOrCreate(key, () -> "mine"));
    }
}
