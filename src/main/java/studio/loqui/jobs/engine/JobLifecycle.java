package studio.loqui.jobs.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobResult;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobsConfig;
import studio.loqui.jobs.webhook.WebhookDispatcher;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Every change of a job's state, each in its own transaction, with the row locked so that two threads or
 * two nodes never both start, or both finish, one job.
 */
@ApplicationScoped
public class JobLifecycle {

    private final QuartzJobs quartz;
    private final NodeIdentity node;
    private final JobsConfig config;
    private final WebhookDispatcher webhooks;
    private final ObjectMapper json;
    @Inject
    JobMetrics metrics;

    public JobLifecycle(QuartzJobs quartz, NodeIdentity node, JobsConfig config, WebhookDispatcher webhooks,
            ObjectMapper json) {
        this.quartz = quartz;
        this.node = node;
        this.config = config;
        this.webhooks = webhooks;
        this.json = json;
    }

    /** Starts an attempt if the job is waiting, or was left running by a process that is gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String jobId, boolean recovering) {
        Optional<Job> found = locked(jobId);
        if (found.isEmpty()) {
            quartz.remove(jobId);
            return Claim.ENDED;
        }
        Job job = found.get();
        if (job.status.finished()) {
            quartz.remove(jobId);
            return Claim.ENDED;
        }
        if (job.status == JobStatus.PROCESSING && !recovering && !stale(job)) {
            return Claim.NONE;
        }
        if (job.cancelRequested) {
            finish(job, JobStatus.CANCELLED, null, "Cancelled");
            return Claim.ENDED;
        }
        if (job.attempts >= job.maxAttempts) {
            finish(job, JobStatus.FAILED, "The server stopped while this job ran, " + job.attempts
                    + " time(s); it is not retried again", null);
            return Claim.ENDED;
        }
        start(job);
        return Claim.run(job);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, int percent, String message) {
        Job.update("progress = ?1, message = coalesce(?2, message), updatedAt = ?3 where id = ?4 and progress < ?1",
                percent, message, now(), id);
    }

    /** Records that this node still runs the job; answers whether its owner asked to cancel it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean heartbeat(long id) {
        Job.update("heartbeatAt = ?1 where id = ?2 and status = ?3 and nodeId = ?4",
                now(), id, JobStatus.PROCESSING, node.id());
        Job job = Job.findById(id);
        return job == null || job.cancelRequested || job.status.finished();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(long id, JobResult<?> result) {
        ownRunning(id).ifPresent(job -> {
            job.resultJson = write(result.data());
            job.resultAssetId = result.assetId();
            job.progress = 100;
            finish(job, JobStatus.COMPLETED, null, "Completed");
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String reason) {
        ownRunning(id).ifPresent(job -> finish(job, JobStatus.FAILED, reason, null));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancelled(long id) {
        ownRunning(id).ifPresent(job -> finish(job, JobStatus.CANCELLED, null, "Cancelled"));
    }

    /**
     * Puts a job this server interrupted while shutting down back in the queue. A clean stop is not a crash:
     * the attempt is given back, and the job starts again on the next server to fire it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void requeueAfterShutdown(long id) {
        ownRunning(id).ifPresent(job -> {
            job.status = JobStatus.PENDING;
            job.attempts = Math.max(0, job.attempts - 1);
            job.heartbeatAt = null;
            job.message = "Queued again: the server running it stopped";
            job.updatedAt = now();
            quartz.fireLater(job.publicId, Duration.ZERO, false);
        });
    }

    /** Asks Quartz to fire the job again later: its kind had no free worker on this node. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryLater(String jobId, Duration delay, boolean recovering) {
        quartz.fireLater(jobId, delay, recovering);
    }

    /**
     * Fires the oldest waiting job of a kind now: a worker of that kind has just become free, and the job
     * would otherwise wait for its next retry.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void wakeNext(String kind) {
        Job.<Job>find("kind = ?1 and status = ?2 order by id", kind, JobStatus.PENDING).firstResultOptional()
                .ifPresent(job -> quartz.fireLater(job.publicId, Duration.ZERO, false));
    }

    /** Puts a recovered job back in the queue, so that an orphan is picked up by whichever node is free. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void requeueOrphan(String jobId) {
        locked(jobId).filter(job -> !job.status.finished()).ifPresent(job -> {
            if (!quartz.exists(jobId)) {
                quartz.enqueue(jobId, job.kind);
            } else if (!quartz.hasTrigger(jobId)) {
                quartz.fireLater(jobId, Duration.ZERO, true);
            }
        });
    }

    /** Ends a job: final state, no more Quartz triggers, and its webhook queued. Call with the row locked. */
    public void finish(Job job, JobStatus status, String error, String message) {
        job.status = status;
        job.error = error;
        job.message = message != null ? message : error;
        job.finishedAt = now();
        job.updatedAt = job.finishedAt;
        job.heartbeatAt = null;
        quartz.remove(job.publicId);
        webhooks.schedule(job);
        metrics.finished(job);
    }

    private void start(Job job) {
        job.attempts++;
        job.status = JobStatus.PROCESSING;
        job.nodeId = node.id();
        job.startedAt = now();
        job.heartbeatAt = job.startedAt;
        job.updatedAt = job.startedAt;
        job.error = null;
        job.message = job.attempts == 1 ? "Started"
                : "Restarted after an interruption (attempt " + job.attempts + " of " + job.maxAttempts + ")";
        metrics.started(job);
    }

    private boolean stale(Job job) {
        return job.heartbeatAt == null || job.heartbeatAt.isBefore(now().minus(config.staleAfter()));
    }

    private Optional<Job> ownRunning(long id) {
        return Job.<Job>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .filter(job -> job.status == JobStatus.PROCESSING && node.id().equals(job.nodeId));
    }

    private static Optional<Job> locked(String jobId) {
        return Job.<Job>find("publicId", jobId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Job result cannot be written as JSON", e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
