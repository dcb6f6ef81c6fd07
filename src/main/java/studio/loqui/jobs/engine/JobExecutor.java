package studio.loqui.jobs.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobCancelledException;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.jobs.JobsConfig;
import studio.loqui.media.MediaException;

import java.util.Optional;


/**
 * Runs one attempt of one job on the calling (Quartz) thread, inside its kind's worker pool, from claim to
 * final state. The Quartz job does not return before the work ends, so a crash mid-work leaves Quartz a
 * fired trigger to recover.
 */
@ApplicationScoped
public class JobExecutor {

    private static final Logger LOG = Logger.getLogger(JobExecutor.class);

    private final WorkerPools pools;
    private final JobLifecycle lifecycle;
    private final HandlerRegistry handlers;
    private final RunningJobs running;
    private final JobsConfig config;
    private final WorkFolders folders;
    private final ObjectMapper json;
    private volatile boolean stopping;

    public JobExecutor(WorkerPools pools, JobLifecycle lifecycle, HandlerRegistry handlers, RunningJobs running,
            JobsConfig config, WorkFolders folders, ObjectMapper json) {
        this.pools = pools;
        this.lifecycle = lifecycle;
        this.handlers = handlers;
        this.running = running;
        this.config = config;
        this.folders = folders;
        this.json = json;
    }

    /** Stops starting jobs: this server is shutting down. */
    public void stop() {
        stopping = true;
    }

    public void execute(String jobId, String kind, boolean recovering) {
        if (stopping || !pools.tryAcquire(kind)) {
            lifecycle.retryLater(jobId, config.busyRetry(), recovering);
            return;
        }
        boolean ran = false;
        try {
            Claim claim = lifecycle.claim(jobId, recovering);
            if (claim.granted()) {
                ran = true;
                run(claim.job());
            } else if (claim.ended()) {
                folders.delete(jobId);
            }
        } finally {
            pools.release(kind);
        }
        if (ran && !stopping) {
            lifecycle.wakeNext(kind);
        }
    }

    private void run(Job job) {
        JobHandler<?> handler = handlers.find(job.kind).orElse(null);
        if (handler == null) {
            lifecycle.fail(job.id, "This server has no worker for jobs of kind " + job.kind);
            return;
        }
        JobContext context = new JobContext(job, folders.of(job.publicId), lifecycle, json);
        running.add(context);
        try {
            lifecycle.complete(job.id, produce(handler.output(context), context));
        } catch (JobCancelledException e) {
            if (context.interruptedForShutdown()) {
                requeueForShutdown(job);
            } else {
                lifecycle.cancelled(job.id);
            }
        } catch (JobFailedException | MediaException e) {
            if (stopping) {
                requeueForShutdown(job);
            } else {
                lifecycle.fail(job.id, e.getMessage());
            }
        } catch (Exception | LinkageError e) {
            if (stopping) {
                requeueForShutdown(job);
                return;
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.errorf(e, "Job %s (%s) failed", job.publicId, job.kind);
            lifecycle.fail(job.id, "Internal error: " + e.getClass().getSimpleName());
        } finally {
            running.remove(context);
            folders.delete(job.publicId);
        }
    }

    /** The output an earlier attempt stored, or else the work run now: one job, one output. */
    private static <R extends Record> JobResult<R> produce(JobOutput<R> output, JobContext context) throws Exception {
        Optional<JobResult<R>> earlier = output.name() == null ? Optional.empty() : output.earlier().find(output.name());
        if (earlier.isPresent()) {
            LOG.infof("Job %s (attempt %d) found %s stored by an earlier attempt", context.jobId(), context.attempt(),
                    output.name());
            return earlier.get();
        }
        return output.work().make(output.name());
    }

    /**
     * This server is stopping: the job goes back in the queue, whatever its handler threw while resources
     * closed. If even that fails, the row stays {@code processing} and Quartz's recovery (or the sweeper)
     * picks it up on the next start, counting the attempt.
     */
    private void requeueForShutdown(Job job) {
        try {
            lifecycle.requeueAfterShutdown(job.id);
        } catch (RuntimeException e) {
            LOG.warnf("Job %s left for recovery at the next start: %s", job.publicId, e.getMessage());
        }
    }
}
