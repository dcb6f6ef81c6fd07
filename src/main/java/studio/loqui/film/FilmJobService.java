package studio.loqui.film;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobEventStream;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobView;
import studio.loqui.system.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Seed 003 film jobs: cost limits and moderation before any work, then a render job on the one durable job
 * engine ({@link FilmRenderHandler}); owner-only access; cancellation passed on to the engine.
 */
@ApplicationScoped
public class FilmJobService {

    static final int MAX_SCRIPT = 20000;

    private final ProjectService projects;
    private final JobService engine;
    private final JobEventStream events;
    private final FilmRecords records;
    private final ObjectMapper json;

    public FilmJobService(ProjectService projects, JobService engine, JobEventStream events, FilmRecords records,
                          ObjectMapper json) {
        this.projects = projects;
        this.engine = engine;
        this.events = events;
        this.records = records;
        this.json = json;
    }

    /** Stores the job; an approved script is queued for rendering in the same transaction. */
    @Transactional
    public FilmJobState create(long ownerId, long projectId, String script, FilmConfig config) {
        projects.require(ownerId, projectId);
        String text = validScript(script);
        checkVoice(ownerId, config);
        double cost = PriceTable.price(config, text).total();
        refuseOverLimits(ownerId, cost);
        Moderation.Verdict verdict = Moderation.check(text);
        FilmJob job = newJob(ownerId, projectId, text, config, cost, verdict);
        job.persistAndFlush();
        if (verdict.approved()) {
            job.engineJobId = engine.submit(FilmRenderHandler.KIND, ownerId, new FilmRenderInput(job.id),
                    JobOptions.none()).job().jobId();
        }
        return state(job);
    }

    @Transactional
    public List<FilmJobState> list(long ownerId) {
        return FilmJob.listOwned(ownerId).stream().map(this::state).toList();
    }

    @Transactional
    public FilmJobState get(long ownerId, long id) {
        return state(require(ownerId, id));
    }

    /** The job's states as server-sent events, ending with its final state. */
    public Multi<FilmJobState> follow(long ownerId, long id) {
        FilmJobState now = get(ownerId, id);
        if (now.job().engineJobId == null || FilmStatus.of(now.status()).finished()) {
            return Multi.createFrom().item(now);
        }
        return events.follow(now.job().engineJobId, ownerId).map(e -> get(ownerId, id));
    }

    /** Stops the job: a queued one at once, a running one at its next checkpoint. */
    @Transactional
    public FilmJobState cancel(long ownerId, long id) {
        FilmJob job = require(ownerId, id);
        FilmJobState now = state(job);
        if (now.finished()) {
            throw ApiException.badRequest("Job " + id + " is already " + now.status() + " and cannot be cancelled");
        }
        if (job.engineJobId != null && engine.cancelUnlessEnded(job.engineJobId, ownerId).isEmpty()) {
            // The render ended between the check above and the cancel: report how it ended.
            throw ApiException.badRequest("Job " + id + " is already " + state(job).status()
                    + " and cannot be cancelled");
        }
        job.status = FilmStatus.CANCELLED.wire();
        job.updatedAt = now();
        return state(job);
    }

    /** The completed job whose film a signed URL may serve. */
    @Transactional
    public FilmJobState requireCompleted(long ownerId, long id) {
        FilmJobState state = get(ownerId, id);
        if (!FilmStatus.COMPLETED.wire().equals(state.status())) {
            throw ApiException.badRequest("Job " + id + " is " + state.status() + "; only a completed job has a film"
                    + " to download");
        }
        return state;
    }

    /** The engine's asset id of a completed job's film, for a verified signed URL (no caller). */
    @Transactional
    public Optional<Long> filmAsset(long id) {
        return Optional.ofNullable(FilmJob.<FilmJob>findById(id))
                .filter(job -> FilmStatus.COMPLETED.wire().equals(state(job).status()))
                .flatMap(job -> engine.find(job.engineJobId, job.ownerId))
                .map(JobView::resultAssetId);
    }

    FilmJob require(long ownerId, long id) {
        return FilmJob.findOwned(ownerId, id).orElseThrow(() -> ApiException.notFound("Job " + id + " not found"));
    }

    /** Reads the film job as it is now, from its row and its engine job; writes nothing. */
    private FilmJobState state(FilmJob job) {
        Optional<JobView> work = job.engineJobId == null ? Optional.empty()
                : engine.find(job.engineJobId, job.ownerId);
        return FilmJobState.of(job, work);
    }

    private void checkVoice(long ownerId, FilmConfig config) {
        if (!config.includeVoice() || FilmConfig.DEFAULT_VOICE.equals(config.voice())) {
            return;
        }
        if (records.findNarrator(ownerId, config.voice()).isEmpty()) {
            throw ApiException.invalidField("config.voice", "must be \"default\" or the id of one of your voice"
                    + " profiles; " + config.voice() + " is neither");
        }
    }

    private FilmJob newJob(long ownerId, long projectId, String text, FilmConfig config, double cost,
                           Moderation.Verdict verdict) {
        FilmJob job = new FilmJob();
        job.ownerId = ownerId;
        job.projectId = projectId;
        job.script = text;
        job.configJson = write(config);
        job.estimatedCost = cost;
        job.moderationStatus = verdict.status();
        job.moderationScore = verdict.score();
        job.moderationReason = verdict.reason();
        job.status = verdict.approved() ? FilmStatus.QUEUED.wire() : FilmStatus.MODERATION_FAILED.wire();
        job.createdAt = now();
        job.updatedAt = job.createdAt;
        return job;
    }

    private void refuseOverLimits(long ownerId, double cost) {
        if (cost > PriceTable.MAX_JOB_COST) {
            throw ApiException.badRequest(String.format("Job cost limit exceeded: this job is estimated at $%.2f,"
                    + " the maximum per job is $%.2f", cost, PriceTable.MAX_JOB_COST));
        }
        OffsetDateTime dayStart = LocalDate.now(ZoneOffset.UTC).atStartOfDay().atOffset(ZoneOffset.UTC);
        double spent = costSince(ownerId, dayStart);
        if (spent + cost > PriceTable.MAX_DAILY_COST) {
            throw ApiException.badRequest(String.format("Daily cost limit exceeded: $%.2f already spent or committed today"
                    + " plus $%.2f would pass the maximum of $%.2f per user per day", spent, cost,
                    PriceTable.MAX_DAILY_COST));
        }
    }

    /**
     * What a user has spent or committed since a moment: ended jobs (completed, failed, cancelled) count
     * what they really cost, jobs still waiting or running their estimate, refused scripts nothing.
     */
    private double costSince(long ownerId, OffsetDateTime since) {
        return FilmJob.listOwnedSince(ownerId, since).stream().map(this::state)
                .filter(s -> !FilmStatus.MODERATION_FAILED.wire().equals(s.status()))
                .mapToDouble(s -> s.finished() ? s.job().actualCost : s.job().estimatedCost).sum();
    }

    static String validScript(String script) {
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
