package studio.loqui.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import studio.loqui.media.MediaEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of every media engine, for health endpoints. */
@ApplicationScoped
public class EngineStatus {

    private final Instance<MediaEngine> engines;

    public EngineStatus(Instance<MediaEngine> engines) {
        this.engines = engines;
    }

    public Map<String, Map<String, Object>> report() {
        Map<String, Map<String, Object>> report = new LinkedHashMap<>();
        engines.stream()
                .sorted(Comparator.comparing(MediaEngine::name))
                .forEach(e -> report.put(e.name(), Map.of("available", e.available(), "detail", e.detail())));
        return report;
    }

    /** {@code cuda} when an NVIDIA device is present, {@code cpu} otherwise. */
    public String device() {
        return Files.exists(Path.of("/dev/nvidia0")) ? "cuda" : "cpu";
    }
}
