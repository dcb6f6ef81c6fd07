package studio.loqui.system;

import io.quarkus.arc.Unremovable;
import io.quarkus.credentials.CredentialsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials the connection pool logs in with. The embedded H2 database gets a password generated
 * once and kept owner-only in {@code storage/keys/database-password} (a database made by an older version
 * with an empty password is given it); a configured password, or any other database, passes through unchanged.
 */
@ApplicationScoped
@Unremovable
@Named(DatabaseCredentials.NAME)
public class DatabaseCredentials implements CredentialsProvider {

    public static final String NAME = "loqui-database";

    private final StorageFolders folders;
    private final Path keyFile;
    private final String kind;
    private final String url;
    private final String user;
    private final Optional<String> configuredPassword;
    private volatile String password;

    public DatabaseCredentials(StorageFolders folders, LoquiConfig config,
                               @ConfigProperty(name = "quarkus.datasource.db-kind") String kind,
                               @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                               @ConfigProperty(name = "quarkus.datasource.username") String user,
                               @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.folders = folders;
        this.keyFile = Path.of(config.storage().root(), "keys", "database-password");
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.configuredPassword = password.filter(p -> !p.isEmpty());
    }

    @Override
    public Map<String, String> getCredentials(String credentialsProviderName) {
        return Map.of(USER_PROPERTY_NAME, user, PASSWORD_PROPERTY_NAME, password());
    }

    private String password() {
        if (password == null) {
            synchronized (this) {
                if (password == null) {
                    password = configuredPassword.orElseGet(this::embeddedPassword);
                }
            }
        }
        return password;
    }

    private String embeddedPassword() {
        if (!"h2".equals(kind)) {
            return "";
        }
        folders.prepare();
        try {
            return H2Password.ensure(url, user, keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database password in " + keyFile, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the database password: " + e.getMessage(), e);
        }
    }
}
