package studio.loqui.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.engine.Admission;
import studio.loqui.jobs.engine.HandlerRegistry;
import studio.loqui.jobs.engine.JobLifecycle;
import studio.loqui.jobs.engine.JobViews;
import studio.loqui.jobs.engine.QuartzJobs;
import studio.loqui.jobs.engine.RunningJobs;
import studio.loqui.jobs.webhook.WebhookTargets;
import studio.loqui.system.ApiException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The engine as other features see it: submit a job of a kind with its input, read it, cancel it.
 * A submit stores the job row and its Quartz job in one transaction, so a job is either fully queued or
 * not there at all.
 */
@ApplicationScoped
public class JobService {

    private static final int MAX_KEY_LENGTH = 255;

    private final HandlerRegistry handlers;
    private final QuartzJobs quartz;
    private final JobLifecycle lifecycle;
    private final RunningJobs running;
    private final JobViews views;
    private final WebhookTargets webhooks;
    private final JobsConfig config;
    private final ObjectMapper json;
    private final Admission admission;

    public JobService(HandlerRegistry handlers, QuartzJobs quartz, JobLifecycle lifecycle, RunningJobs running,
            JobViews views, WebhookTargets webhooks, JobsConfig config, ObjectMapper json, Admission admission) {
        this.handlers = handlers;
        this.quartz = quartz;
        this.lifecycle = lifecycle;
        this.running = running;
        this.views = views;
        this.webhooks = webhooks;
        this.config = config;
        this.json = json;
        this.admission = admission;
    }

    /**
     * Queues a job, or returns the one an earlier request with the same {@code Idempotency-Key} and the same
     * body created within the window; the same key with another body is a 422.
     */
    @Transactional
    public JobSubmission submit(String kind, long ownerId, Object input, JobOptions options) {
        return submitFor(kind, ownerId, input, options);
    }

    /**
     * Queues a job that belongs to no account (seed 004 without an API key): its unguessable id is the only
     * way to it. {@code Idempotency-Key} still applies, among such jobs.
     */
    @Transactional
    public JobSubmission submitUnowned(String kind, Object input, JobOptions options) {
        return submitFor(kind, null, input, options);
    }

    /** A job that belongs to no account, by its id. */
    @Transactional
    public Optional<JobView> findUnowned(String jobId) {
        return Job.<Job>find("publicId = ?1 and ownerId is null", jobId).firstResultOptional().map(views::of);
    }

    private JobSubmission submitFor(String kind, Long ownerId, Object input, JobOptions options) {
        if (!handlers.knows(kind)) {
            throw new IllegalArgumentException("No handler for job kind " + kind);
        }
        String hash = RequestFingerprint.of(json, kind, input, options);
        Optional<Job> earlier = earlierWithKey(ownerId, options.idempotencyKey(), hash);
        if (earlier.isPresent()) {
            return new JobSubmission(views.of(earlier.get()), true);
        }
        admission.admit(kind);
        if (options.webhookUrl() != null) {
            webhooks.check(options.webhookUrl());
        }
        Job job = newJob(kind, ownerId, input, options, hash);
        persistClaimingKey(job);
        quartz.enqueue(job.publicId, kind);
        return new JobSubmission(views.of(job), false);
    }

    /** The caller's job, if it exists and is theirs. */
    @Transactional
    public Optional<JobView> find(String jobId, long ownerId) {
        return Job.findOwned(jobId, ownerId).map(views::of);
    }

    /** The caller's job or a 404 that does not say whether it exists. */
    @Transactional
    public JobView get(String jobId, long ownerId) {
        return find(jobId, ownerId).orElseThrow(() -> notFound(jobId));
    }

    /**
     * Cancels a waiting job at once; a running one stops at its next checkpoint (on whichever node runs it)
     * and cleans its work files. A job that has already ended is a 409.
     */
    @Transactional
    public JobView cancel(String jobId, long ownerId) {
        Job job = lockOwned(jobId, ownerId);
        if (job.status.finished()) {
            throw ApiException.conflict("Job " + jobId + " has already ended: " + job.status.wire());
        }
        return requestCancel(job);
    }

    /** As {@link #cancel}, but a job that has already ended is no error: the answer is then empty. */
    @Transactional
    public Optional<JobView> cancelUnlessEnded(String jobId, long ownerId) {
        Job job = lockOwned(jobId, ownerId);
        return job.status.finished() ? Optional.empty() : Optional.of(requestCancel(job));
    }

    /** As {@link #cancel}, for a job that belongs to no account (reached only through its unguessable id). */
    @Transactional
    public JobView cancelUnowned(String jobId) {
        Job job = Job.<Job>find("publicId = ?1 and ownerId is null", jobId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> notFound(jobId));
        if (job.status.finished()) {
            throw ApiException.conflict("Job " + jobId + " has already ended: " + job.status.wire());
        }
        return requestCancel(job);
    }

    private Job lockOwned(String jobId, long ownerId) {
        return Job.<Job>find("publicId = ?1 and ownerId = ?2", jobId, ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> notFound(jobId));
    }

    private JobView requestCancel(Job job) {
        job.cancelRequested = true;
        if (job.status == JobStatus.PENDING) {
            lifecycle.finish(job, JobStatus.CANCELLED, null, "Cancelled");
        } else {
            job.message = "Cancelling";
            running.signalCancel(job.id);
        }
        return views.of(job);
    }

    private Optional<Job> earlierWithKey(Long ownerId, String key, String hash) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalidField("Idempotency-Key", "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        Optional<Job> earlier = (ownerId == null
                ? Job.<Job>find("ownerId is null and idempotencyKey = ?1", key)
                : Job.<Job>find("ownerId = ?1 and idempotencyKey = ?2", ownerId, key))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (earlier.isEmpty()) {
            return earlier;
        }
        Job job = earlier.get();
        if (job.createdAt.isBefore(now().minus(config.idempotencyWindow()))) {
            job.idempotencyKey = null;
            job.flush();
            return Optional.empty();
        }
        if (!hash.equals(job.requestHash)) {
            throw ApiException.unprocessable(
                    "Idempotency-Key " + key + " was already used with a different request body");
        }
        return earlier;
    }

    /** Two requests racing with one new key: the loser gets a 409, as an in-flight duplicate does elsewhere. */
    private static void persistClaimingKey(Job job) {
        try {
            job.persistAndFlush();
        } catch (PersistenceException e) {
            if (job.idempotencyKey == null) {
                throw e;
            }
            throw ApiException.conflict("A request with Idempotency-Key " + job.idempotencyKey
                    + " is being processed; retry it to get its job");
        }
    }

    private Job newJob(String kind, Long ownerId, Object input, JobOptions options, String hash) {
        Job job = new Job();
        job.publicId = UUID.randomUUID().toString();
        job.ownerId = ownerId;
        job.kind = kind;
        job.inputJson = write(input);
        job.status = JobStatus.PENDING;
        job.message = "Queued";
        job.maxAttempts = config.maxAttempts();
        job.idempotencyKey = options.idempotencyKey() == null || options.idempotencyKey().isBlank()
                ? null : options.idempotencyKey();
        job.requestHash = hash;
        job.webhookUrl = options.webhookUrl();
        job.webhookMetadata = options.metadata() == null ? null : write(options.metadata());
        job.createdAt = now();
        job.updatedAt = job.createdAt;
        return job;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Request cannot be stored: " + e.getOriginalMessage());
        }
    }

    private static ApiException notFound(String jobId) {
        return ApiException.notFound("Job " + jobId + " not found");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
