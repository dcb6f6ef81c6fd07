package studio.loqui.system;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** What both health endpoints answer: status, version, device and each media engine's state. */
@ApplicationScoped
public class HealthReport {

    public static final String VERSION = "1.0.0";

    private final EngineStatus engines;

    public HealthReport(EngineStatus engines) {
        this.engines = engines;
    }

    /** Completes when the engines have been checked once; on the event loop it waits without blocking. */
    public Uni<Map<String, Object>> body() {
        return Uni.createFrom().completionStage(engines.report()).map(report -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "healthy");
            body.put("version", VERSION);
            body.put("device", engines.device());
            body.put("engines", report);
            return body;
        });
    }
}
