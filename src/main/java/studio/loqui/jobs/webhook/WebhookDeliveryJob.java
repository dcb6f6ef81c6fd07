package studio.loqui.jobs.webhook;

import jakarta.enterprise.context.Dependent;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job that makes one webhook call; stored in the job store, so retries survive a restart. */
@Dependent
@DisallowConcurrentExecution
public class WebhookDeliveryJob implements Job {

    private final WebhookDispatcher dispatcher;

    public WebhookDeliveryJob(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.deliver(context.getMergedJobDataMap().getString(WebhookDispatcher.JOB_ID));
    }
}
