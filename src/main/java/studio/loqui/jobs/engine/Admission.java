package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobsConfig;
import studio.loqui.system.ApiException;

/**
 * Admission control: a kind whose waiting jobs reach its cap takes no more until workers catch up, so a
 * flood of submissions is refused at the door instead of queueing work nobody will wait for.
 */
@ApplicationScoped
public class Admission {

    private final JobsConfig config;

    public Admission(JobsConfig config) {
        this.config = config;
    }

    /** Throws a 503 with {@code Retry-After} when the kind's queue is full. */
    public void admit(String kind) {
        int cap = capOf(kind);
        long waiting = Job.count("kind = ?1 and status = ?2", kind, JobStatus.PENDING);
        if (waiting >= cap) {
            throw ApiException.busy("The " + kind + " queue is full (" + waiting + " jobs waiting, at most " + cap
                    + "); try again later", Math.max(1, config.queueFullRetry().toSeconds()));
        }
    }

    int capOf(String kind) {
        return config.maxWaiting().getOrDefault(kind, config.defaultMaxWaiting());
    }
}
