package studio.loqui.system;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code /q/health/ready}: the storage folder's disk has room for uploads and renders. */
@Readiness
@ApplicationScoped
public class StorageSpaceHealthCheck implements HealthCheck {

    private final Path root;
    private final long minimum;

    public StorageSpaceHealthCheck(LoquiConfig config, HealthConfig health) {
        this.root = Path.of(config.storage().root());
        this.minimum = health.minFreeStorage().asLongValue();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Path existing = root.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            long free = Files.getFileStore(existing == null ? Path.of("/") : existing).getUsableSpace();
            return HealthCheckResponse.named("storage-disk").status(free >= minimum)
                    .withData("path", root.toAbsolutePath().toString())
                    .withData("free_bytes", free).withData("min_free_bytes", minimum).build();
        } catch (IOException e) {
            return HealthCheckResponse.named("storage-disk").down().withData("error", e.getMessage()).build();
        }
    }
}
