package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/** {@code /q/health/live}: the job scheduler still runs; a server whose scheduler stopped never runs a job again. */
@Liveness
@ApplicationScoped
public class JobEngineLiveness implements HealthCheck {

    private final Scheduler scheduler;

    public JobEngineLiveness(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            boolean running = scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
            return HealthCheckResponse.named("job-scheduler").status(running)
                    .withData("instance", scheduler.getSchedulerInstanceId()).build();
        } catch (SchedulerException e) {
            return HealthCheckResponse.named("job-scheduler").down().withData("error", e.getMessage()).build();
        }
    }
}
