package studio.loqui.jobs.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobStatus;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The job engine's numbers at {@code /q/metrics}: jobs ended by kind and final status, how long they waited
 * and ran, and how many wait per kind now (read from the database, shared by every node of a cluster, at most
 * once per {@link #DEPTH_REFRESH} however often it is scraped).
 */
@ApplicationScoped
public class JobMetrics {

    static final Duration DEPTH_REFRESH = Duration.ofSeconds(2);

    private final MeterRegistry registry;
    private final HandlerRegistry handlers;
    private volatile Map<String, Long> waiting = Map.of();
    private volatile long waitingReadAt;

    public JobMetrics(MeterRegistry registry, HandlerRegistry handlers) {
        this.registry = registry;
        this.handlers = handlers;
    }

    void registerQueues(@Observes StartupEvent event) {
        for (String kind : handlers.kinds()) {
            registry.gauge("loqui.jobs.queue.depth", List.of(Tag.of("kind", kind)),
                    this, metrics -> metrics.waiting(kind));
        }
    }

    /** A job's first start: how long it waited in the queue. */
    void started(Job job) {
        if (job.attempts == 1 && job.createdAt != null) {
            Timer.builder("loqui.jobs.wait").tag("kind", job.kind).register(registry)
                    .record(Duration.between(job.createdAt, job.startedAt));
        }
    }

    /** A job's end: counted by final status, and how long its last attempt ran. */
    void finished(Job job) {
        String status = job.status.name().toLowerCase(Locale.ROOT);
        Counter.builder("loqui.jobs.finished").tag("kind", job.kind).tag("status", status).register(registry)
                .increment();
        if (job.startedAt != null && job.finishedAt != null) {
            Timer.builder("loqui.jobs.duration").tag("kind", job.kind).tag("status", status).register(registry)
                    .record(Duration.between(job.startedAt, job.finishedAt));
        }
    }

    private double waiting(String kind) {
        long now = System.currentTimeMillis();
        if (now - waitingReadAt > DEPTH_REFRESH.toMillis()) {
            waiting = QuarkusTransaction.requiringNew().call(JobMetrics::countWaiting);
            waitingReadAt = now;
        }
        return waiting.getOrDefault(kind, 0L);
    }

    private static Map<String, Long> countWaiting() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = Job.getEntityManager()
                .createQuery("select j.kind, count(j) from Job j where j.status = :status group by j.kind",
                        Object[].class)
                .setParameter("status", JobStatus.PENDING).getResultList();
        rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
