package studio.loqui.dubbing.dub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.Job;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobStatus;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.JobView;
import studio.loqui.system.ApiException;

import java.util.ArrayList;
import java.util.List;

/**
 * Corrections of a finished dub: its phrases as a list, and an edit of one of them queued as a new
 * {@code dub-edit} job (the edited job stays as it was, so an edit can be compared or undone by using the
 * earlier result; edits of an edit chain on).
 */
@ApplicationScoped
public class DubEdits {

    /** The longest text taken for one phrase. */
    static final int MAX_PHRASE_CHARACTERS = 2000;

    private final JobService jobs;
    private final ObjectMapper json;

    public DubEdits(JobService jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** The phrases of a finished dub or dub edit, each with its {@code index}. */
    public record Phrases(String jobId, List<JsonNode> phrases) {
    }

    public Phrases phrases(long ownerId, String jobId) {
        JsonNode result = finished(ownerId, jobId);
        List<JsonNode> list = new ArrayList<>();
        int index = 0;
        for (JsonNode p : result.get("phrases")) {
            ObjectNode phrase = json.createObjectNode().put("index", index++);
            phrase.setAll((ObjectNode) p);
            list.add(phrase);
        }
        return new Phrases(jobId, list);
    }

    public JobSubmission submit(long ownerId, String jobId, int index, DubEditRequest request, JobOptions options) {
        if (request == null) {
            throw ApiException.badRequest(DubEditRequest.REQUIRED);
        }
        String text = checked("text", request.text());
        String translation = checked("translation", request.translation());
        if (text == null && translation == null) {
            throw ApiException.invalidField("translation", "give the phrase's new translation, or its corrected text");
        }
        JsonNode phrases = finished(ownerId, jobId).get("phrases");
        if (index < 0 || index >= phrases.size()) {
            throw ApiException.notFound("Phrase " + index + " of dub " + jobId + " not found (it has "
                    + phrases.size() + ")");
        }
        for (JsonNode p : phrases) {
            if (!p.hasNonNull("audio_file_id")) {
                throw ApiException.conflict("Dub " + jobId + " was made before phrase audio was kept; dub the video"
                        + " again to edit its phrases");
            }
        }
        return jobs.submit(DubEditHandler.KIND, ownerId,
                new DubEditInput(dubInput(ownerId, jobId), jobId, index, text, translation), options);
    }

    /** The result of the caller's completed dub or dub edit; 404 for others' and other kinds, 409 unfinished. */
    JsonNode finished(long ownerId, String jobId) {
        JobView job = jobs.get(jobId, ownerId);
        if (!DubHandler.KIND.equals(job.kind()) && !DubEditHandler.KIND.equals(job.kind())) {
            throw ApiException.notFound("Dub " + jobId + " not found");
        }
        if (job.status() != JobStatus.COMPLETED || job.result() == null || !job.result().has("phrases")) {
            throw ApiException.conflict("Dub " + jobId + " is " + job.status().wire() + ", not completed");
        }
        return job.result();
    }

    /** The input of the dub that {@code jobId} is, or descends from by edits. */
    @Transactional
    DubInput dubInput(long ownerId, String jobId) {
        Job job = Job.<Job>find("publicId = ?1 and ownerId = ?2", jobId, ownerId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Dub " + jobId + " not found"));
        try {
            return DubHandler.KIND.equals(job.kind) ? json.readValue(job.inputJson, DubInput.class)
                    : json.readValue(job.inputJson, DubEditInput.class).dub();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored input of job " + jobId + " cannot be read", e);
        }
    }

    private static String checked(String field, String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty()) {
            throw ApiException.invalidField(field, "is blank");
        }
        if (stripped.length() > MAX_PHRASE_CHARACTERS) {
            throw ApiException.invalidField(field, "is longer than " + MAX_PHRASE_CHARACTERS + " characters");
        }
        return stripped;
    }
}
