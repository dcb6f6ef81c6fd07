package studio.loqui.system;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import studio.loqui.media.MediaEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of every media engine, for health endpoints. Checking an engine may start it (MaryTTS
 * loads its voice), so the engines are checked once in the background at start-up, and the report is
 * kept for {@link #FRESH_MILLIS} so health stays cheap under load.
 */
@ApplicationScoped
public class EngineStatus {

    private static final Logger LOG = Logger.getLogger(EngineStatus.class);
    static final long FRESH_MILLIS = 10_000;

    private final Instance<MediaEngine> engines;
    private volatile Map<String, Map<String, Object>> report;
    private volatile long reportedAt;

    public EngineStatus(Instance<MediaEngine> engines) {
        this.engines = engines;
    }

    void warmUp(@Observes StartupEvent event) {
        Thread warmUp = new Thread(() -> report().forEach((name, state) -> {
            if (!(boolean) state.get("available")) {
                LOG.warnf("Media engine %s is not available: %s", name, state.get("detail"));
            }
        }), "engine-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public Map<String, Map<String, Object>> report() {
        long now = System.currentTimeMillis();
        Map<String, Map<String, Object>> current = report;
        if (current == null || now - reportedAt > FRESH_MILLIS) {
            current = check();
            report = current;
            reportedAt = now;
        }
        return current;
    }

    /** {@code cuda} when an NVIDIA device is present, {@code cpu} otherwise. */
    public String device() {
        return Files.exists(Path.of("/dev/nvidia0")) ? "cuda" : "cpu";
    }

    private Map<String, Map<String, Object>> check() {
        Map<String, Map<String, Object>> fresh = new LinkedHashMap<>();
        engines.stream()
                .sorted(Comparator.comparing(MediaEngine::name))
                .forEach(e -> fresh.put(e.name(), Map.of("available", e.available(), "detail", e.detail())));
        return Collections.unmodifiableMap(fresh);
    }
}
