package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobsConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The bound on concurrent jobs per kind in this process. A Quartz thread that finds its kind's pool full
 * does not wait: it puts the job back for later, so one busy kind never holds threads another kind needs.
 */
@ApplicationScoped
public class WorkerPools {

    private final JobsConfig config;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    public WorkerPools(JobsConfig config) {
        this.config = config;
    }

    public int size(String kind) {
        return Math.max(1, config.poolSize().getOrDefault(kind, config.defaultPoolSize()));
    }

    public boolean tryAcquire(String kind) {
        return pool(kind).tryAcquire();
    }

    public void release(String kind) {
        pool(kind).release();
    }

    private Semaphore pool(String kind) {
        return permits.computeIfAbsent(kind, k -> new Semaphore(size(k)));
    }
}
