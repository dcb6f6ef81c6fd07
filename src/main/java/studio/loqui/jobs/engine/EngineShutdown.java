package studio.loqui.jobs.engine;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import java.time.Duration;

/**
 * A clean stop: Quartz fires nothing more, running jobs end at their next checkpoint and go back in the queue
 * (without using up an attempt), all while the database is still open. A kill -9 skips this; then Quartz's
 * recovery and the attempt limit take over.
 */
@ApplicationScoped
public class EngineShutdown {

    private static final Logger LOG = Logger.getLogger(EngineShutdown.class);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Scheduler quartz;
    private final JobExecutor executor;
    private final RunningJobs running;

    public EngineShutdown(Scheduler quartz, JobExecutor executor, RunningJobs running) {
        this.quartz = quartz;
        this.executor = executor;
        this.running = running;
    }

    void stop(@Observes @Priority(1) ShutdownEvent event) {
        executor.stop();
        try {
            quartz.standby();
        } catch (SchedulerException e) {
            LOG.warnf("Quartz did not go to standby: %s", e.getMessage());
        }
        running.interruptAll(GRACE);
    }
}
