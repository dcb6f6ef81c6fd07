package studio.loqui.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What readiness asks of the machine. */
@ConfigMapping(prefix = "loqui.health")
public interface HealthConfig {

    /** Free space the storage folder's disk must keep for the server to report itself ready. */
    @WithDefault("500M")
    MemorySize minFreeStorage();
}
