package studio.loqui.dubbing.video;

import studio.loqui.dubbing.DubbingFiles;

import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoQuality;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.storage.Asset;
import studio.loqui.system.ApiException;

/** Checks a generate-video request against the caller's files, then queues the job. */
@ApplicationScoped
public class GenerateVideoService {

    public static final String DEFAULT_FORMAT = "mp4";
    public static final String DEFAULT_QUALITY = "high";

    private final DubbingFiles files;
    private final JobService jobs;

    public GenerateVideoService(DubbingFiles files, JobService jobs) {
        this.files = files;
        this.jobs = jobs;
    }

    public JobSubmission submit(long ownerId, String originalVideoId, String clonedAudioId, String outputFormat,
            String quality, JobOptions options) {
        DubbedVideoFormat format = DubbedVideoFormat.parse(outputFormat == null ? DEFAULT_FORMAT : outputFormat)
                .orElseThrow(() -> ApiException.invalidField("output_format", "must be one of mp4, webm"));
        DubbedVideoQuality level = DubbedVideoQuality.parse(quality == null ? DEFAULT_QUALITY : quality)
                .orElseThrow(() -> ApiException.invalidField("quality", "must be one of low, medium, high"));
        Asset video = files.requireVideo(ownerId, originalVideoId, "original_video_id");
        Asset audio = files.requireWithAudio(ownerId, clonedAudioId, "cloned_audio_id");
        GenerateVideoInput input = new GenerateVideoInput(video.publicId, audio.publicId, format.extension(),
                level.label());
        return jobs.submit(GenerateVideoHandler.KIND, ownerId, input, options);
    }
}
