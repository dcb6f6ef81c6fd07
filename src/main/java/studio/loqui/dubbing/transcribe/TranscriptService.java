package studio.loqui.dubbing.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobView;
import studio.loqui.system.ApiException;

/** The transcript of the caller's finished transcribe job. */
@ApplicationScoped
public class TranscriptService {

    private final JobService jobs;

    public TranscriptService(JobService jobs) {
        this.jobs = jobs;
    }

    /** The job's result; 404 for unknown, other users' and non-transcription jobs, 409 while it is not completed. */
    public JsonNode transcript(long ownerId, String jobId) {
        JobView job = jobs.get(jobId, ownerId);
        if (!TranscribeHandler.KIND.equals(job.kind())) {
            throw ApiException.notFound("Transcript " + jobId + " not found");
        }
        if (job.status() != JobStatus.COMPLETED || job.result() == null) {
            throw ApiException.conflict("Transcription " + jobId + " is " + job.status().wire() + ", not completed");
        }
        return job.result();
    }
}
