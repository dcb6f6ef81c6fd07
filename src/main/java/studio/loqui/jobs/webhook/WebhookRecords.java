package studio.loqui.jobs.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import studio.loqui.jobs.Job;

import java.util.Optional;

/** The webhook columns of a job row, each change in its own transaction. */
@ApplicationScoped
public class WebhookRecords {

    private static final String GROUP = "loqui-webhooks";

    /** One attempt to make: where to, and what to send. */
    public record Call(String url, int attempt, WebhookPayload payload) {
    }

    private final ObjectMapper json;
    private final Scheduler quartz;

    public WebhookRecords(ObjectMapper json, Scheduler quartz) {
        this.json = json;
        this.quartz = quartz;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Call> startAttempt(String jobId) {
        return locked(jobId)
                .filter(job -> job.webhookUrl != null && "pending".equals(job.webhookStatus))
                .map(job -> {
                    job.webhookAttempts++;
                    return new Call(job.webhookUrl, job.webhookAttempts, payload(job));
                });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(String jobId) {
        locked(jobId).ifPresent(job -> {
            job.webhookStatus = "delivered";
            job.webhookError = null;
        });
        removeQuartzJob(jobId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void gaveUp(String jobId, String failure) {
        locked(jobId).ifPresent(job -> {
            job.webhookStatus = "failed";
            job.webhookError = truncate(failure);
        });
        removeQuartzJob(jobId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retry(String jobId, String failure, Runnable scheduleNext) {
        locked(jobId).ifPresent(job -> job.webhookError = truncate(failure));
        scheduleNext.run();
    }

    private void removeQuartzJob(String jobId) {
        WebhookDispatcher.quartzCall(() -> quartz.deleteJob(JobKey.jobKey(jobId, GROUP)));
    }

    private WebhookPayload payload(Job job) {
        return new WebhookPayload("job." + job.status.wire(), job.publicId, job.kind, job.status.wire(), job.progress,
                job.error, read(job.resultJson), read(job.webhookMetadata), job.createdAt, job.finishedAt);
    }

    private JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static Optional<Job> locked(String jobId) {
        return Job.<Job>find("publicId", jobId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
