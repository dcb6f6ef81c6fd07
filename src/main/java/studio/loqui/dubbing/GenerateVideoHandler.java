package studio.loqui.dubbing;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobResult;
import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 001's generate-video job: the caller's video with its sound replaced by the cloned audio, stored as a
 * new file of theirs ({@link SoundtrackSwap}). The output is named after the job,
 * so a re-run after a crash finds what an earlier attempt stored instead of storing twice.
 */
@ApplicationScoped
public class GenerateVideoHandler implements JobHandler {

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
    public JobResult run(JobContext context) {
        GenerateVideoInput input = context.input(GenerateVideoInput.class);
        DubbedVideoFormat format = DubbedVideoFormat.parse(input.outputFormat())
                .orElseThrow(() -> new JobFailedException("Unsupported output format " + input.outputFormat()));
        String name = "video-" + context.jobId() + "." + format.extension();
        return files.earlierOutput(context.ownerId(), name)
                .map(video -> result(video, input, null))
                .orElseGet(() -> generate(context, input, format, name));
    }

    private JobResult generate(JobContext context, GenerateVideoInput input, DubbedVideoFormat format, String name) {
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
    private static JobResult result(Asset video, GenerateVideoInput input, DubbedVideoPlan plan) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file_id", video.publicId);
        data.put("result_url", FileView.downloadUrl(video));
        data.put("output_format", video.format);
        data.put("quality", input.quality());
        data.put("duration", video.durationSeconds);
        data.put("width", video.width);
        data.put("height", video.height);
        data.put("size", video.sizeBytes);
        if (plan != null) {
            data.put("video_copied", plan.copiesVideo());
            data.put("audio_padded_seconds", round(plan.paddedAudioSeconds()));
            data.put("video_extended_seconds", round(plan.extendedVideoSeconds()));
        }
        return JobResult.withAsset(video.id, data);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
