package studio.loqui.dubbing.video;

import studio.loqui.dubbing.DubbingFiles;

import studio.loqui.dubbing.DubbedVideoFormat;
import studio.loqui.dubbing.DubbedVideoPlan;
import studio.loqui.dubbing.DubbedVideoQuality;
import studio.loqui.dubbing.dub.SoundtrackSwap;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.storage.Asset;

/**
 * Seed 001's generate-video job: the caller's video with its sound replaced by the cloned audio, stored as a
 * new file of theirs ({@link SoundtrackSwap}). The output is named after the job,
 * so a re-run after a crash finds what an earlier attempt stored instead of storing twice.
 */
@ApplicationScoped
public class GenerateVideoHandler implements JobHandler<GenerateVideoResult> {

    public static final String KIND = "generate-video";
    private static final int STORING = 95;

    private final SoundtrackSwap swap;
    private final DubbingFiles files;

    public GenerateVideoHandler(SoundtrackSwap swap, DubbingFiles files) {
        this.swap = swap;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<GenerateVideoResult> output(JobContext context) {
        GenerateVideoInput input = context.input(GenerateVideoInput.class);
        DubbedVideoFormat format = DubbedVideoFormat.parse(input.outputFormat())
                .orElseThrow(() -> new JobFailedException("Unsupported output format " + input.outputFormat()));
        return JobOutput.stored("video-" + context.jobId() + "." + format.extension(),
                name -> files.earlierOutput(context.ownerId(), name).map(video -> result(video, input, null)),
                name -> generate(context, input, format, name));
    }

    private JobResult<GenerateVideoResult> generate(JobContext context, GenerateVideoInput input,
                                                    DubbedVideoFormat format, String name) {
        DubbingFiles.Source video = source(context, input.originalVideoId());
        DubbingFiles.Source audio = source(context, input.clonedAudioId());
        context.progress(1, "Planning the video");
        SoundtrackSwap.Swapped swapped = swap.swap(context, video, audio.path(), audio.durationSeconds(), format,
                DubbedVideoQuality.parse(input.quality()).orElseThrow(), name, 1, STORING);
        return result(swapped.video(), input, swapped.plan());
    }

    private DubbingFiles.Source source(JobContext context, String fileId) {
        return files.source(context.ownerId(), fileId)
                .orElseThrow(() -> new JobFailedException("File " + fileId + " no longer exists"));
    }

    /** {@code plan} is null when an earlier attempt already stored the video. */
    private static JobResult<GenerateVideoResult> result(Asset video, GenerateVideoInput input, DubbedVideoPlan plan) {
        return JobResult.withAsset(video.id, GenerateVideoResult.of(video, input.quality(), plan));
    }
}
