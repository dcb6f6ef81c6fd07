package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class StoragePrivacyTest {

    @ConfigProperty(name = "loqui.storage.root")
    String root;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Test
    void shouldKeepTheStorageFoldersAndKeysOwnerOnly() throws IOException {
        Path storage = Path.of(root);
        for (String folder : new String[] {"", "keys", "db", "files", "tmp", "tmp/uploads"}) {
            assertEquals("rwx------", permissions(storage.resolve(folder)), folder);
        }
        try (Stream<Path> keys = Files.list(storage.resolve("keys"))) {
            keys.forEach(key -> assertEquals("rw-------", permissions(key), key.toString()));
        }
    }

    @Test
    void shouldStoreUploadedMediaOwnerOnly() throws IOException {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.shortSpeech().toFile(), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
        Path folder = Path.of(root, "files", String.valueOf(a.id()));
        assertEquals("rwx------", permissions(folder));
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> assertEquals("rw-------", permissions(file), file.toString()));
        }
    }

    @Test
    void shouldProtectTheDatabaseWithTheGeneratedPassword() throws Exception {
        // the generated password is the embedded H2's; a PostgreSQL server has the operator's credentials
        org.junit.jupiter.api.Assumptions.assumeTrue(databaseUrl.startsWith("jdbc:h2:"), "embedded H2 only");
        String password = Files.readString(Path.of(root, "keys", "database-password")).strip();
        assertTrue(password.length() >= 32, "a generated password of 24 random bytes");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(databaseUrl, "sa", "").close());
        try (Connection connection = DriverManager.getConnection(databaseUrl, "sa", password)) {
            assertFalse(connection.isClosed());
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
