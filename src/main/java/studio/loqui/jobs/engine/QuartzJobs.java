package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;

/**
 * The engine's use of Quartz: one durable Quartz job per engine job, fired by one-shot triggers, stored
 * in the application database (JDBC job store) and marked {@code requestsRecovery} so that a run cut short
 * by a crash fires again on restart, or on another node of the cluster. Call inside a transaction: with the
 * {@code jdbc-cmt} store the Quartz rows commit or roll back with the engine's own rows.
 */
@ApplicationScoped
public class QuartzJobs {

    static final String GROUP = "loqui-jobs";
    static final String JOB_ID = "jobId";
    static final String RECOVERING = "recovering";

    private static final Logger LOG = Logger.getLogger(QuartzJobs.class);

    private final Scheduler quartz;

    public QuartzJobs(Scheduler quartz) {
        this.quartz = quartz;
    }

    /** Stores the Quartz job for an engine job and fires it as soon as a thread is free. */
    public void enqueue(String jobId, String kind) {
        JobDetail detail = JobBuilder.newJob(JobRunner.class)
                .withIdentity(jobId, GROUP)
                .withDescription(kind)
                .usingJobData(JOB_ID, jobId)
                .requestRecovery(true)
                .storeDurably(true)
                .build();
        call(() -> quartz.scheduleJob(detail, trigger(detail.getKey(), Duration.ZERO, false)));
    }

    /**
     * Fires the job again after a delay (its kind had no free worker, or it was found orphaned);
     * {@code recovering} carries over that the run it replaces was a recovery.
     */
    public void fireLater(String jobId, Duration delay, boolean recovering) {
        JobKey key = JobKey.jobKey(jobId, GROUP);
        Trigger trigger = trigger(key, delay, recovering);
        call(() -> quartz.checkExists(key) ? quartz.scheduleJob(trigger) : null);
    }

    public boolean exists(String jobId) {
        return call(() -> quartz.checkExists(JobKey.jobKey(jobId, GROUP)));
    }

    public boolean hasTrigger(String jobId) {
        return call(() -> !quartz.getTriggersOfJob(JobKey.jobKey(jobId, GROUP)).isEmpty());
    }

    /**
     * Removes the Quartz job and its triggers: the engine job has ended. Best effort: a trigger that fires
     * or completes at the same moment makes Quartz refuse, and that is harmless, because the job row is the
     * truth: a run fired for an ended job does nothing but remove the Quartz job again.
     */
    public void remove(String jobId) {
        try {
            quartz.deleteJob(JobKey.jobKey(jobId, GROUP));
        } catch (SchedulerException e) {
            LOG.debugf("Quartz job %s not removed yet: %s", jobId, e.getMessage());
        }
    }

    private static Trigger trigger(JobKey key, Duration delay, boolean recovering) {
        return TriggerBuilder.newTrigger()
                .withIdentity("run-" + key.getName() + "-" + UUID.randomUUID(), GROUP)
                .forJob(key)
                .usingJobData(RECOVERING, Boolean.toString(recovering))
                .startAt(new Date(System.currentTimeMillis() + delay.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private interface QuartzCall<T> {
        T call() throws SchedulerException;
    }

    private static <T> T call(QuartzCall<T> call) {
        try {
            return call.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Job store refused the operation: " + e.getMessage(), e);
        }
    }
}
