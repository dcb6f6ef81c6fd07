package studio.loqui.lipsync;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.storage.Asset;

/**
 * The lip-sync job: the caller's video with its face mouthing the caller's audio, which becomes its sound,
 * stored as a new file of theirs. Named after the job, so a re-run after a crash finds what an earlier attempt
 * stored instead of storing twice.
 */
@ApplicationScoped
public class LipSyncHandler implements JobHandler<LipSyncResult> {

    public static final String KIND = "lip-sync";
    private static final int STARTED = 2;
    private static final int STORING = 96;

    private final LipSyncedVideo lipSync;
    private final LipSyncFiles files;

    public LipSyncHandler(LipSyncedVideo lipSync, LipSyncFiles files) {
        this.lipSync = lipSync;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<LipSyncResult> output(JobContext context) {
        LipSyncInput input = context.input(LipSyncInput.class);
        LipSyncFormat format = LipSyncFormat.parse(input.outputFormat())
                .orElseThrow(() -> new JobFailedException("Unsupported output format " + input.outputFormat()));
        return JobOutput.stored("lip-synced-" + context.jobId() + "." + format.extension(),
                name -> files.earlierOutput(context.ownerId(), name)
                        .map(video -> JobResult.withAsset(video.id, LipSyncResult.of(video, input, null))),
                name -> sync(context, input, format, name));
    }

    private JobResult<LipSyncResult> sync(JobContext context, LipSyncInput input, LipSyncFormat format, String name) {
        LipSyncFiles.Source video = source(context, input.videoFileId());
        LipSyncFiles.Source audio = source(context, input.audioFileId());
        context.progress(STARTED, "Tracking the face");
        LipSyncedVideo.Made made = lipSync.make(context, video.path(), audio.path(), format,
                LipSyncQuality.parse(input.quality()).orElseThrow(), STARTED, STORING);
        context.progress(STORING, "Storing the video");
        Asset stored = files.storeVideo(context.ownerId(), made.file(), name, video.projectName());
        return JobResult.withAsset(stored.id, LipSyncResult.of(stored, input, made.result()));
    }

    private LipSyncFiles.Source source(JobContext context, String fileId) {
        return files.source(context.ownerId(), fileId)
                .orElseThrow(() -> new JobFailedException("File " + fileId + " no longer exists"));
    }
}
