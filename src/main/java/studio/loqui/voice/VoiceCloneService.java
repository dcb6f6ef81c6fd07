package studio.loqui.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.JobView;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetArea;
import studio.loqui.storage.FileNames;
import studio.loqui.system.ApiException;
import studio.loqui.speech.CloneStatistics;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceService;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Seed 000 clones: a voice cloned from a file of the user's storage, as a job. */
@ApplicationScoped
public class VoiceCloneService implements CloneStatistics {

    private final JobService jobs;

    private final VoiceService voices;

    public VoiceCloneService(JobService jobs, VoiceService voices) {
        this.jobs = jobs;
        this.voices = voices;
    }

    @Transactional
    public VoiceClone create(long userId, String name, String sourceFile, JobOptions options) {
        String fileName = FileNames.fromStoragePath(sourceFile.strip());
        Asset source = Asset.findByName(userId, AssetArea.STORAGE, fileName)
                .orElseThrow(() -> ApiException.notFound("File " + fileName + " not found in your storage"));
        if (source.sampleRate == null || MediaKind.IMAGE.label().equals(source.kind)) {
            throw ApiException.invalidField("source_file", fileName + " has no audio to clone");
        }
        JobSubmission submission = jobs.submit(CloneHandler.KIND, userId, new CloneInput(name.strip(), source.id), options);
        Optional<VoiceClone> earlier = VoiceClone.findByJob(userId, submission.job().jobId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        VoiceClone clone = new VoiceClone();
        clone.userId = userId;
        clone.name = name.strip();
        clone.sourceFile = fileName;
        clone.sourceAssetId = source.id;
        clone.jobId = submission.job().jobId();
        clone.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        clone.persist();
        return clone;
    }

    public VoiceClone require(long userId, long id) {
        return VoiceClone.findOwned(userId, id).orElseThrow(() -> ApiException.notFound("Voice clone " + id + " not found"));
    }

    public List<VoiceClone> list(long userId) {
        return VoiceClone.list("userId = ?1 order by id", userId);
    }

    /** Deletes a clone and its voice; a clone job still running is cancelled. Files it made stay. */
    @Transactional
    public void delete(long userId, long id) {
        VoiceClone clone = require(userId, id);
        JobView job = job(clone);
        if (!job.finished()) {
            jobs.cancel(job.jobId(), userId);
        }
        Voice voice = clone.voiceId == null ? null : Voice.findById(clone.voiceId);
        clone.delete();
        if (voice != null) {
            voices.delete(voice);
        }
    }

    public JobView job(VoiceClone clone) {
        return jobs.get(clone.jobId, clone.userId);
    }

    /** Seed 000 statuses; a cancelled clone reads as failed. */
    public static String status(JobView job) {
        return job.status() == studio.loqui.jobs.JobStatus.CANCELLED ? "failed" : job.status().wire();
    }

    @Override
    public Map<String, Long> countByStatus(long userId) {
        return list(userId).stream().map(this::job)
                .collect(Collectors.groupingBy(VoiceCloneService::status, Collectors.counting()));
    }

}
