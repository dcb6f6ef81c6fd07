package studio.loqui.jobs.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobsConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * Calls a job's webhook once the job has ended: a signed JSON POST, retried with back-off (first-retry,
 * then three times longer each time) until it answers 2xx or the attempts run out. Outcome on the job row.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final String JOB_ID = "jobId";
    private static final String GROUP = "loqui-webhooks";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final Scheduler quartz;
    private final WebhookTargets targets;
    private final WebhookSigner signer;
    private final JobsConfig.Webhook config;
    private final WebhookRecords records;
    private final ObjectMapper json;
    private final HttpClient http;

    public WebhookDispatcher(Scheduler quartz, WebhookTargets targets, WebhookSigner signer, JobsConfig config,
            WebhookRecords records, ObjectMapper json) {
        this.quartz = quartz;
        this.targets = targets;
        this.signer = signer;
        this.config = config.webhook();
        this.records = records;
        this.json = json;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.timeout()).build();
    }

    /** Queues the first call of a finished job's webhook, in the caller's transaction. */
    public void schedule(Job job) {
        if (job.webhookUrl == null) {
            return;
        }
        job.webhookStatus = "pending";
        JobDetail detail = JobBuilder.newJob(WebhookDeliveryJob.class)
                .withIdentity(job.publicId, GROUP)
                .usingJobData(JOB_ID, job.publicId)
                .requestRecovery(true)
                .storeDurably(true)
                .build();
        quartzCall(() -> quartz.scheduleJob(detail, Set.of(trigger(detail.getKey(), Duration.ZERO)), true));
    }

    /** One attempt; on failure, the next one is scheduled or the webhook is given up. */
    public void deliver(String jobId) {
        WebhookRecords.Call call = records.startAttempt(jobId).orElse(null);
        if (call == null) {
            return;
        }
        String failure = post(call);
        if (failure == null) {
            records.delivered(jobId);
        } else if (call.attempt() >= config.maxAttempts()) {
            records.gaveUp(jobId, failure);
        } else {
            records.retry(jobId, failure, () -> retryLater(jobId, call.attempt()));
        }
    }

    private String post(WebhookRecords.Call call) {
        try {
            URI target = targets.check(call.url());
            String body = json.writeValueAsString(call.payload());
            long timestamp = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "LoquiStudio-Webhook/1")
                    .header("X-Loqui-Event", call.payload().event())
                    .header("X-Loqui-Delivery", UUID.randomUUID().toString())
                    .header("X-Loqui-Timestamp", Long.toString(timestamp))
                    .header("X-Loqui-Signature", signer.sign(timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "answered HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (JsonProcessingException e) {
            return "payload could not be written";
        } catch (Exception e) {
            LOG.debugf("Webhook of job %s failed: %s", call.payload().jobId(), e.toString());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private void retryLater(String jobId, int attemptsSoFar) {
        Duration wait = config.firstRetry().multipliedBy((long) Math.pow(3, attemptsSoFar - 1));
        JobKey key = JobKey.jobKey(jobId, GROUP);
        quartzCall(() -> quartz.scheduleJob(trigger(key, wait)));
    }

    private static Trigger trigger(JobKey key, Duration delay) {
        return TriggerBuilder.newTrigger()
                .withIdentity("hook-" + key.getName() + "-" + UUID.randomUUID(), GROUP)
                .forJob(key)
                .startAt(new Date(System.currentTimeMillis() + delay.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    interface QuartzCall {
        void call() throws SchedulerException;
    }

    static void quartzCall(QuartzCall call) {
        try {
            call.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Job store refused the webhook: " + e.getMessage(), e);
        }
    }
}
