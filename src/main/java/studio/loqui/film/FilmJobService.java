package studio.loqui.film;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.system.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Seed 003 film jobs: cost limits and moderation before any work, owner-only access, client cancellation. */
@ApplicationScoped
public class FilmJobService {

    static final int MAX_SCRIPT = 20000;

    private final ProjectService projects;
    private final ObjectMapper json;

    public FilmJobService(ProjectService projects, ObjectMapper json) {
        this.projects = projects;
        this.json = json;
    }

    @Transactional
    public FilmJob create(long ownerId, long projectId, String script, FilmConfig config) {
        projects.require(ownerId, projectId);
        String text = validScript(script);
        double cost = PriceTable.price(config).total();
        refuseOverLimits(ownerId, cost);
        Moderation.Verdict verdict = Moderation.check(text);
        FilmJob job = new FilmJob();
        job.ownerId = ownerId;
        job.projectId = projectId;
        job.script = text;
        job.configJson = write(config);
        job.estimatedCost = cost;
        job.moderationStatus = verdict.status();
        job.moderationScore = verdict.score();
        job.moderationReason = verdict.reason();
        job.status = verdict.approved() ? FilmStatus.PENDING.wire() : FilmStatus.MODERATION_FAILED.wire();
        job.error = verdict.approved() ? null : verdict.reason();
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.updatedAt = job.createdAt;
        job.persist();
        return job;
    }

    @Transactional
    public List<FilmJob> list(long ownerId) {
        return FilmJob.listOwned(ownerId);
    }

    @Transactional
    public FilmJob require(long ownerId, long id) {
        return FilmJob.findOwned(ownerId, id).orElseThrow(() -> ApiException.notFound("Job " + id + " not found"));
    }

    @Transactional
    public FilmJob cancel(long ownerId, long id) {
        FilmJob job = require(ownerId, id);
        FilmStatus status = FilmStatus.of(job.status);
        if (status.finished()) {
            throw ApiException.badRequest("Job " + id + " is already " + job.status + " and cannot be cancelled");
        }
        job.status = FilmStatus.CANCELLED.wire();
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return job;
    }

    private static void refuseOverLimits(long ownerId, double cost) {
        if (cost > PriceTable.MAX_JOB_COST) {
            throw ApiException.badRequest(String.format("Job cost limit exceeded: this job is estimated at $%.2f,"
                    + " the maximum per job is $%.2f", cost, PriceTable.MAX_JOB_COST));
        }
        OffsetDateTime dayStart = LocalDate.now(ZoneOffset.UTC).atStartOfDay().atOffset(ZoneOffset.UTC);
        double spent = FilmJob.costSince(ownerId, dayStart);
        if (spent + cost > PriceTable.MAX_DAILY_COST) {
            throw ApiException.badRequest(String.format("Daily cost limit exceeded: $%.2f already estimated today"
                    + " plus $%.2f would pass the maximum of $%.2f per user per day", spent, cost,
                    PriceTable.MAX_DAILY_COST));
        }
    }

    private static String validScript(String script) {
        if (script == null || script.isBlank()) {
            throw ApiException.invalidField("script", "is required");
        }
        if (script.length() > MAX_SCRIPT) {
            throw ApiException.invalidField("script", "must be at most " + MAX_SCRIPT + " characters");
        }
        return script.strip();
    }

    private String write(FilmConfig config) {
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A film config always serialises", e);
        }
    }
}
