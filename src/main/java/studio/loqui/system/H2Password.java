package studio.loqui.system;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

/** The generated password of an embedded H2 database, given to a database that still has an empty one. */
final class H2Password {

    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private H2Password() {
    }

    /**
     * The password in {@code keyFile} (made first when missing), after checking that the database accepts
     * it. The key is written before the database is changed, so a crash in between cannot lock anyone out.
     */
    static String ensure(String url, String user, Path keyFile) throws IOException, SQLException {
        String password = SecretFiles.readOrCreate(keyFile, H2Password::fresh).strip();
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return password;
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw e;
            }
        }
        try (Connection old = DriverManager.getConnection(url, user, "");
             PreparedStatement alter = old.prepareStatement("ALTER USER \"" + user.toUpperCase() + "\" SET PASSWORD ?")) {
            alter.setString(1, password);
            alter.execute();
        }
        return password;
    }

    private static String fresh() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
