package studio.loqui.jobs.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;

/** Turns a job row into the snapshot that endpoints, events and webhooks show. Call inside a transaction. */
@ApplicationScoped
public class JobViews {

    private final CompletionEstimator estimator;
    private final ObjectMapper json;

    public JobViews(CompletionEstimator estimator, ObjectMapper json) {
        this.estimator = estimator;
        this.json = json;
    }

    public JobView of(Job job) {
        Long position = job.status == JobStatus.PENDING ? queuePosition(job) : null;
        return new JobView(job.publicId, job.kind, job.status, job.progress, job.message, job.error,
                read(job.resultJson), job.resultAssetId, job.attempts, position, job.cancelRequested,
                job.createdAt, job.startedAt, job.finishedAt, estimator.estimate(job, position));
    }

    /** Jobs of the same kind submitted earlier and still waiting. */
    private static long queuePosition(Job job) {
        return Job.count("kind = ?1 and status = ?2 and id < ?3", job.kind, JobStatus.PENDING, job.id);
    }

    private JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
