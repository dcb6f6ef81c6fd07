package studio.loqui.jobs.engine;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobsConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The jobs this process is running. One thread beats for all of them: it records in the database that
 * each is alive, and passes on cancel requests, which may have been made on another node.
 */
@ApplicationScoped
public class RunningJobs {

    private static final Logger LOG = Logger.getLogger(RunningJobs.class);

    private final Map<Long, JobContext> byId = new ConcurrentHashMap<>();
    private final JobLifecycle lifecycle;
    private final JobsConfig config;
    private ScheduledExecutorService beat;

    public RunningJobs(JobLifecycle lifecycle, JobsConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "loqui-job-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.heartbeat().toMillis();
        beat.scheduleWithFixedDelay(this::beatAll, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (beat != null) {
            beat.shutdownNow();
        }
    }

    public void add(JobContext context) {
        byId.put(context.id(), context);
    }

    public void remove(JobContext context) {
        byId.remove(context.id());
    }

    /** Cancels a job at its next checkpoint if it runs here; other nodes learn it from their heartbeat. */
    public void signalCancel(long id) {
        JobContext context = byId.get(id);
        if (context != null) {
            context.cancel();
        }
    }

    /** Asks every running job to stop at its next checkpoint, and waits up to {@code limit} for them. */
    public void interruptAll(java.time.Duration limit) {
        byId.values().forEach(JobContext::interruptForShutdown);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!byId.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void beatAll() {
        for (JobContext context : byId.values()) {
            try {
                if (lifecycle.heartbeat(context.id())) {
                    context.cancel();
                }
            } catch (RuntimeException e) {
                LOG.warnf("Heartbeat of job %s failed: %s", context.jobId(), e.getMessage());
            }
        }
    }
}
