package studio.loqui.jobs.engine;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobsConfig;

import java.util.List;
import java.util.stream.Stream;

/**
 * The safety net under Quartz's own recovery: a job left {@code processing} with no heartbeat for
 * {@code stale-after}, or left {@code pending} with no Quartz trigger, is put back in the queue, where the
 * attempt limit decides whether it runs again or fails with a reason. Only finds and requeues; the work
 * itself always runs in a Quartz job. Also removes work folders of jobs that ended after a crash.
 */
@ApplicationScoped
public class OrphanSweeper {

    private static final Logger LOG = Logger.getLogger(OrphanSweeper.class);

    private final JobLifecycle lifecycle;
    private final QuartzJobs quartz;
    private final JobsConfig config;
    private final WorkFolders folders;

    public OrphanSweeper(JobLifecycle lifecycle, QuartzJobs quartz, JobsConfig config, WorkFolders folders) {
        this.lifecycle = lifecycle;
        this.quartz = quartz;
        this.config = config;
        this.folders = folders;
    }

    @Scheduled(every = "${loqui.jobs.sweep-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        for (String jobId : orphans()) {
            LOG.infof("Recovering orphaned job %s", jobId);
            lifecycle.requeueOrphan(jobId);
        }
        endedWithFiles().forEach(folders::delete);
    }

    /** Work folders left by attempts that a crash cut short, of jobs that have since ended (or are gone). */
    @Transactional
    List<String> endedWithFiles() {
        return folders.present().stream()
                .filter(jobId -> Job.findByPublicId(jobId).map(job -> job.status.finished()).orElse(true))
                .toList();
    }

    @Transactional
    List<String> orphans() {
        var staleBefore = JobLifecycle.now().minus(config.staleAfter());
        List<String> stale = Job.<Job>find("status = ?1 and (heartbeatAt is null or heartbeatAt < ?2)",
                JobStatus.PROCESSING, staleBefore).stream().map(job -> job.publicId).toList();
        List<String> stranded = Job.<Job>find("status = ?1 and createdAt < ?2", JobStatus.PENDING, staleBefore)
                .stream().map(job -> job.publicId).filter(id -> !quartz.hasTrigger(id)).toList();
        return Stream.concat(stale.stream(), stranded.stream()).toList();
    }
}
