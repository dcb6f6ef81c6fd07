package studio.loqui.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class H2PasswordTest {

    @TempDir
    Path dir;

    @Test
    void shouldGiveADatabaseWithAnEmptyPasswordTheGeneratedOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/old");
        try (Connection old = DriverManager.getConnection(url, "sa", "")) {
            old.createStatement().execute("create table kept(id int); insert into kept values (7)");
        }
        Path key = dir.resolve("keys/database-password");

        String password = H2Password.ensure(url, "sa", key);

        assertEquals(password, Files.readString(key).strip());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close());
        try (Connection c = DriverManager.getConnection(url, "sa", password);
             var rows = c.createStatement().executeQuery("select id from kept")) {
            rows.next();
            assertEquals(7, rows.getInt(1), "the data stays");
        }
        assertEquals(password, H2Password.ensure(url, "sa", key), "the next start uses the same password");
    }
}
