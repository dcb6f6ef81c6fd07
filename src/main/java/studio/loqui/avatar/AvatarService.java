package studio.loqui.avatar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.JobView;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.inspect.MediaKind;
import studio.loqui.media.render.AvatarEngine;
import studio.loqui.media.render.AvatarRenderer;
import studio.loqui.storage.Asset;
import studio.loqui.system.ApiException;
import studio.loqui.speech.SpeechJobs;
import studio.loqui.speech.Voice;
import studio.loqui.speech.VoiceService;

import java.time.Duration;
import java.util.Optional;

/** Seed 004: checks a render request and queues it; the synchronous endpoint waits for the job. */
@ApplicationScoped
public class AvatarService {

    static final String JOB_PREFIX = "job_";
    private static final Duration SYNC_LIMIT = Duration.ofMinutes(15);

    private final JobService jobs;
    private final AvatarFiles files;
    private final SpeechJobs speech;
    private final AvatarEngine engine;
    private final double maxAudioSeconds;

    public AvatarService(JobService jobs, AvatarFiles files, SpeechJobs speech, AvatarEngine engine,
                         MediaConfig config) {
        this.jobs = jobs;
        this.engine = engine;
        this.files = files;
        this.speech = speech;
        this.maxAudioSeconds = config.maxDurationSeconds();
    }

    @Transactional
    public JobSubmission submit(Long callerId, AvatarRequest request, JobOptions options) {
        engine.requireAvailable();
        AvatarInput input = input(callerId, request);
        return callerId == null ? jobs.submitUnowned(AvatarHandler.KIND, input, options)
                : jobs.submit(AvatarHandler.KIND, callerId, input, options);
    }

    /** Waits for a job to end, for the synchronous endpoint; the work itself runs on the job pool. */
    public JobView await(Long callerId, String jobId) {
        long deadline = System.nanoTime() + SYNC_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JobView job = status(callerId, jobId).orElseThrow(() -> ApiException.notFound("Job not found: " + jobId));
            if (job.finished()) {
                return job;
            }
            sleep();
        }
        throw new ApiException(504, "timeout", "The video is still rendering; follow it with the async endpoint",
                null, null);
    }

    /**
     * Cancels a render that has not ended: a waiting one at once, a running one at its next frame. The job is
     * the caller's own, or one that belongs to no account; anything else (or another kind of job) is a 404.
     */
    public JobView cancel(Long callerId, String jobId) {
        JobView job = status(callerId, jobId).filter(j -> j.kind().equals(AvatarHandler.KIND))
                .orElseThrow(() -> ApiException.notFound("Job not found: " + publicId(jobId)));
        if (job.finished()) {
            throw ApiException.conflict("Job " + publicId(jobId) + " has already ended: " + job.status().wire());
        }
        return callerId != null && jobs.find(jobId, callerId).isPresent()
                ? jobs.cancel(jobId, callerId) : jobs.cancelUnowned(jobId);
    }

    private static String publicId(String engineId) {
        return JOB_PREFIX + engineId;
    }

    public Optional<JobView> status(Long callerId, String jobId) {
        return callerId == null ? jobs.findUnowned(jobId)
                : jobs.find(jobId, callerId).or(() -> jobs.findUnowned(jobId));
    }

    public static String publicJobId(JobView job) {
        return JOB_PREFIX + job.jobId();
    }

    public static String engineJobId(String publicId) {
        return publicId != null && publicId.startsWith(JOB_PREFIX) ? publicId.substring(JOB_PREFIX.length()) : publicId;
    }

    private AvatarInput input(Long callerId, AvatarRequest request) {
        int fps = request.outputFps() == null ? 25 : request.outputFps();
        int resolution = request.outputResolution() == null ? 512 : request.outputResolution();
        if (!AvatarRenderer.RESOLUTIONS.contains(resolution)) {
            throw new ApiException(422, "validation_error", "output_resolution must be 256, 512 or 1024",
                    java.util.Map.of("field", "output_resolution", "issue", "must be 256, 512 or 1024"), null);
        }
        Asset image = files.require(callerId, request.imageFilename(), "Image file");
        if (!MediaKind.IMAGE.label().equals(image.kind)) {
            throw ApiException.badRequest("Invalid file type. Allowed: image/png, image/jpeg, image/jpg");
        }
        if (request.audioFilename() != null && !request.audioFilename().isBlank()) {
            return new AvatarInput(image.id, audio(callerId, request.audioFilename()).id, null, null, null, fps, resolution);
        }
        return spoken(callerId, request, image, fps, resolution);
    }

    private Asset audio(Long callerId, String filename) {
        Asset audio = files.require(callerId, filename, "Audio file");
        if (audio.sampleRate == null) {
            throw ApiException.badRequest("Invalid file type. Allowed: audio/wav, audio/mpeg");
        }
        if (audio.durationSeconds != null && audio.durationSeconds > maxAudioSeconds) {
            throw ApiException.badRequest(String.format("The audio lasts %.0f s; the longest accepted is %.0f s",
                    audio.durationSeconds, maxAudioSeconds));
        }
        return audio;
    }

    private AvatarInput spoken(Long callerId, AvatarRequest request, Asset image, int fps, int resolution) {
        if (request.text() == null || request.voiceProfileId() == null) {
            throw ApiException.unprocessable("audio_filename is required (or text with voice_profile_id)");
        }
        if (callerId == null) {
            throw ApiException.unauthorized("Speaking text in a voice profile needs a bearer token: voices belong to accounts");
        }
        Voice voice = Voice.findOwned(callerId, request.voiceProfileId())
                .orElseThrow(() -> ApiException.notFound("Voice profile not found: " + request.voiceProfileId()));
        String language = request.language() == null ? voice.language : VoiceService.language(request.language());
        speech.checkLanguage(language);
        return new AvatarInput(image.id, null, voice.id, SpeechJobs.checkText("text", request.text()), language, fps,
                resolution);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("Interrupted while waiting for the video");
        }
    }
}
