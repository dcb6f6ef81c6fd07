package studio.loqui.jobs.engine;

import jakarta.enterprise.context.Dependent;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job behind every engine job. A plain Quartz job, not a {@code @Scheduled} method: it runs the
 * work to its end on the Quartz thread, and {@code requestsRecovery} makes Quartz fire it again when the
 * process (or cluster node) running it dies.
 */
@Dependent
@DisallowConcurrentExecution
public class JobRunner implements Job {

    private final JobExecutor executor;

    public JobRunner(JobExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void execute(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        boolean recovering = context.isRecovering() || Boolean.parseBoolean(data.getString(QuartzJobs.RECOVERING));
        executor.execute(data.getString(QuartzJobs.JOB_ID), context.getJobDetail().getDescription(), recovering);
    }
}
