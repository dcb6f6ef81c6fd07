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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The state of every media engine, for health endpoints. Checking an engine may start it (MaryTTS
 * loads its voice) or run a command, so checks run on a background thread: at start-up, then whenever
 * the report is older than {@link #FRESH_MILLIS}. Readers get the latest report at once, which keeps
 * health cheap enough to answer on the event loop.
 */
@ApplicationScoped
public class EngineStatus {

    private static final Logger LOG = Logger.getLogger(EngineStatus.class);
    static final long FRESH_MILLIS = 10_000;

    private final Instance<MediaEngine> engines;
    private volatile Map<String, Map<String, Object>> report;
    private volatile long reportedAt;
    private CompletableFuture<Map<String, Map<String, Object>>> refreshing;
    private static final Executor CHECKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "engine-status");
        thread.setDaemon(true);
        return thread;
    });

    public EngineStatus(Instance<MediaEngine> engines) {
        this.engines = engines;
    }

    void warmUp(@Observes StartupEvent event) {
        refreshInBackground().thenRun(() -> report.forEach((name, state) -> {
            if (!(boolean) state.get("available")) {
                LOG.warnf("Media engine %s is not available: %s", name, state.get("detail"));
            }
        }));
    }

    /**
     * The latest report: at once when there is one (a stale one is refreshed for the next reader), else
     * when the first check, started at start-up, completes. Never blocks the caller's thread.
     */
    public CompletionStage<Map<String, Map<String, Object>>> report() {
        Map<String, Map<String, Object>> current = report;
        if (current == null) {
            return refreshInBackground();
        }
        if (System.currentTimeMillis() - reportedAt > FRESH_MILLIS) {
            refreshInBackground();
        }
        return CompletableFuture.completedFuture(current);
    }

    private synchronized CompletableFuture<Map<String, Map<String, Object>>> refreshInBackground() {
        if (refreshing == null || refreshing.isDone()) {
            refreshing = CompletableFuture.supplyAsync(() -> {
                Map<String, Map<String, Object>> fresh = check();
                report = fresh;
                reportedAt = System.currentTimeMillis();
                return fresh;
            }, CHECKER);
        }
        return refreshing;
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
