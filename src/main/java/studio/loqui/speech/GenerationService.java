package studio.loqui.speech;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.JobView;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.AssetService;
import studio.loqui.system.ApiException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Seed 002 generations: a script spoken in a sample's voice (or any voice of the user's), as a job. */
@ApplicationScoped
public class GenerationService {

    private final SpeechJobs speech;
    private final JobService jobs;
    private final AssetService assets;
    private final VoiceService voices;

    public GenerationService(SpeechJobs speech, JobService jobs, AssetService assets, VoiceService voices) {
        this.speech = speech;
        this.jobs = jobs;
        this.assets = assets;
        this.voices = voices;
    }

    /** A generation request: a sample, or a voice profile id, whose voice speaks the script. */
    public record NewGeneration(Long sampleId, String voiceProfileId, String modelName, String scriptText,
                                String language, String format) {
    }

    @Transactional
    public Generation create(long userId, NewGeneration request, JobOptions options) {
        Sample sample = request.sampleId() == null ? null : Sample.findOwned(userId, request.sampleId())
                .orElseThrow(() -> ApiException.notFound("Sample " + request.sampleId() + " not found"));
        Voice voice = voiceOf(userId, sample, request.voiceProfileId());
        String name = request.modelName() == null || request.modelName().isBlank() ? voice.name : request.modelName().strip();
        String script = SpeechJobs.checkText("script_text", request.scriptText());
        JobSubmission submission = speech.submit(userId, new SpeechJobs.Order(voice.id, null, script,
                request.language(), request.format(), AssetArea.GENERATED, null), options);
        if (submission.replayed()) {
            return Generation.<Generation>find("jobId", submission.job().jobId()).firstResult();
        }
        Generation generation = new Generation();
        generation.userId = userId;
        generation.sampleId = sample == null ? null : sample.id;
        generation.voiceId = voice.id;
        generation.jobId = submission.job().jobId();
        generation.modelName = name;
        generation.scriptText = script;
        generation.generatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        generation.persist();
        return generation;
    }

    public Generation require(long userId, long id) {
        return Generation.findOwned(userId, id).orElseThrow(() -> ApiException.notFound("Generation " + id + " not found"));
    }

    public List<Generation> list(long userId, int skip, int limit) {
        return Generation.find("userId = ?1 order by id", userId).range(skip, skip + limit - 1).list();
    }

    public long count(long userId) {
        return Generation.count("userId", userId);
    }

    public JobView job(Generation generation) {
        return jobs.get(generation.jobId, generation.userId);
    }

    /** The generated audio, once the job has stored it. */
    public Optional<Asset> output(JobView job) {
        return Optional.ofNullable(job.resultAssetId()).map(id -> Asset.<Asset>findById(id));
    }

    /** Cancels the job if it still runs, and deletes the generation and its audio. */
    @Transactional
    public void delete(long userId, long id) {
        Generation generation = require(userId, id);
        JobView job = job(generation);
        if (!job.finished()) {
            jobs.cancel(job.jobId(), userId);
        }
        output(job).ifPresent(assets::delete);
        generation.delete();
    }

    private Voice voiceOf(long userId, Sample sample, String voiceProfileId) {
        if (sample != null) {
            return Voice.findById(sample.voiceId);
        }
        if (voiceProfileId != null && !voiceProfileId.isBlank()) {
            return voices.requireOwned(userId, voiceProfileId);
        }
        throw ApiException.invalidField("sample_id", "A sample_id (or a voice_profile_id) is required");
    }
}
