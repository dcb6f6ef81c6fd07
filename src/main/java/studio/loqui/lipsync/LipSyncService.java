package studio.loqui.lipsync;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.media.render.LipSyncEngine;
import studio.loqui.storage.Asset;
import studio.loqui.system.ApiException;

/** Checks a lip-sync request against the caller's files and the engine, then queues the job. */
@ApplicationScoped
public class LipSyncService {

    public static final String DEFAULT_FORMAT = "mp4";
    public static final String DEFAULT_QUALITY = "high";

    private final LipSyncFiles files;
    private final JobService jobs;
    private final LipSyncEngine engine;

    public LipSyncService(LipSyncFiles files, JobService jobs, LipSyncEngine engine) {
        this.files = files;
        this.jobs = jobs;
        this.engine = engine;
    }

    public JobSubmission submit(long ownerId, LipSyncRequest request, JobOptions options) {
        LipSyncFormat format = LipSyncFormat.parse(request.outputFormat() == null ? DEFAULT_FORMAT : request.outputFormat())
                .orElseThrow(() -> ApiException.invalidField("output_format", "must be one of mp4, webm, mkv"));
        LipSyncQuality quality = LipSyncQuality.parse(request.quality() == null ? DEFAULT_QUALITY : request.quality())
                .orElseThrow(() -> ApiException.invalidField("quality", "must be one of low, medium, high"));
        Asset video = files.requireVideo(ownerId, request.videoFileId(), "video_file_id");
        Asset audio = files.requireWithAudio(ownerId, request.audioFileId(), "audio_file_id");
        engine.requireAvailable();
        return jobs.submit(LipSyncHandler.KIND, ownerId, new LipSyncInput(video.publicId, audio.publicId,
                format.extension(), quality.label()), options);
    }
}
