package studio.loqui.dubbing.extract;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.dubbing.DubbingFiles;
import studio.loqui.media.ffmpeg.FFmpegRun;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.ffmpeg.AudioTrackExtractor;
import studio.loqui.storage.Asset;

import java.nio.file.Path;

/**
 * Seed 001's extract-audio job: the audio track of the caller's video, as a new file of theirs. The output is
 * named after the job, so a re-run after a crash finds what an earlier attempt stored instead of storing twice.
 */
@ApplicationScoped
public class ExtractAudioHandler implements JobHandler<ExtractAudioResult> {

    public static final String KIND = "extract-audio";
    private static final int STORING = 95;

    private final AudioTrackExtractor extractor;
    private final ExtractAudioFiles files;
    private final DubbingFiles sources;

    public ExtractAudioHandler(AudioTrackExtractor extractor, ExtractAudioFiles files, DubbingFiles sources) {
        this.extractor = extractor;
        this.files = files;
        this.sources = sources;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<ExtractAudioResult> output(JobContext context) {
        ExtractAudioInput input = context.input(ExtractAudioInput.class);
        ExtractedAudioFormat format = ExtractedAudioFormat.parse(input.audioFormat())
                .orElseThrow(() -> new JobFailedException("Unsupported audio format " + input.audioFormat()));
        return JobOutput.stored("audio-" + context.jobId() + "." + format.extension(),
                name -> sources.earlierOutput(context.ownerId(), name).map(ExtractAudioHandler::result),
                name -> extract(context, input, format, name));
    }

    private JobResult<ExtractAudioResult> extract(JobContext context, ExtractAudioInput input, ExtractedAudioFormat format, String name) {
        DubbingFiles.Source video = sources.source(context.ownerId(), input.videoFileId())
                .orElseThrow(() -> new JobFailedException("Video " + input.videoFileId() + " no longer exists"));
        Path out = context.workFile(format.extension());
        context.progress(1, "Extracting audio");
        run(context, video, new AudioTrackExtractor.Target(out, format.codec(), input.sampleRate()));
        context.progress(STORING, "Storing the audio file");
        return result(files.store(context.ownerId(), out, name, video.projectName()));
    }

    private void run(JobContext context, DubbingFiles.Source video, AudioTrackExtractor.Target target) {
        double totalMillis = Math.max(1, video.durationSeconds() * 1000);
        try {
            extractor.extract(video.path(), target,
                    doneMillis -> context.progress((int) (1 + doneMillis / totalMillis * (STORING - 1)), null),
                    context::cancelRequested);
        } catch (FFmpegRun.FFmpegRunException e) {
            context.checkpoint();
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    private static JobResult<ExtractAudioResult> result(Asset audio) {
        return JobResult.withAsset(audio.id, ExtractAudioResult.of(audio));
    }
}
