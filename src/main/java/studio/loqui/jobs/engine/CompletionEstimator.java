package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobsConfig;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code estimated_completion} from measured throughput: the mean run time of the kind's last completed
 * jobs, times the rounds of the worker pool ahead of a waiting job; for a running job, its own rate of
 * progress once it has reported some.
 */
@ApplicationScoped
public class CompletionEstimator {

    private static final int MIN_PROGRESS_FOR_RATE = 5;

    private final JobsConfig config;
    private final WorkerPools pools;

    public CompletionEstimator(JobsConfig config, WorkerPools pools) {
        this.config = config;
        this.pools = pools;
    }

    /** Call inside a transaction. Null when nothing has been measured yet. */
    public OffsetDateTime estimate(Job job, Long queuePosition) {
        if (job.status.finished()) {
            return job.finishedAt;
        }
        if (job.status == JobStatus.PROCESSING && job.startedAt != null && job.progress >= MIN_PROGRESS_FOR_RATE) {
            Duration elapsed = Duration.between(job.startedAt, JobLifecycle.now());
            return job.startedAt.plus(elapsed.multipliedBy(100).dividedBy(job.progress));
        }
        Duration mean = meanRunTime(job.kind);
        if (mean == null) {
            return null;
        }
        if (job.status == JobStatus.PROCESSING && job.startedAt != null) {
            OffsetDateTime expected = job.startedAt.plus(mean);
            return expected.isBefore(JobLifecycle.now()) ? JobLifecycle.now() : expected;
        }
        long rounds = 1 + (queuePosition == null ? 0 : queuePosition / Math.max(1, pools.size(job.kind)));
        return JobLifecycle.now().plus(mean.multipliedBy(rounds));
    }

    private Duration meanRunTime(String kind) {
        // both ends are required: a row read while another transaction finishes it may lack either
        List<Job> recent = Job.<Job>find("kind = ?1 and status = ?2 and startedAt is not null and finishedAt is not null"
                + " order by finishedAt desc", kind, JobStatus.COMPLETED).page(0, config.estimateSample()).list();
        if (recent.isEmpty()) {
            return null;
        }
        long totalMillis = recent.stream()
                .mapToLong(j -> Duration.between(j.startedAt, j.finishedAt).toMillis())
                .sum();
        return Duration.ofMillis(totalMillis / recent.size());
    }
}
