package studio.loqui.dubbing;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.ffmpeg.FFmpegRun;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.ffmpeg.AudioTrackExtractor;
import studio.loqui.storage.Asset;
import studio.loqui.storage.rest.FileView;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 001's extract-audio job: the audio track of the caller's video, as a new file of theirs. The output is
 * named after the job, so a re-run after a crash finds what an earlier attempt stored instead of storing twice.
 */
@ApplicationScoped
public class ExtractAudioHandler implements JobHandler {

    public static final String KIND = "extract-audio";
    private static final int STORING = 95;

    private final AudioTrackExtractor extractor;
    private final ExtractAudioFiles files;

    public ExtractAudioHandler(AudioTrackExtractor extractor, ExtractAudioFiles files) {
        this.extractor = extractor;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext context) {
        ExtractAudioInput input = context.input(ExtractAudioInput.class);
        ExtractedAudioFormat format = ExtractedAudioFormat.parse(input.audioFormat())
                .orElseThrow(() -> new JobFailedException("Unsupported audio format " + input.audioFormat()));
        String name = "audio-" + context.jobId() + "." + format.extension();
        return files.earlierOutput(context.ownerId(), name)
                .map(ExtractAudioHandler::result)
                .orElseGet(() -> extract(context, input, format, name));
    }

    private JobResult extract(JobContext context, ExtractAudioInput input, ExtractedAudioFormat format, String name) {
        ExtractAudioFiles.SourceVideo video = files.source(context.ownerId(), input.videoFileId())
                .orElseThrow(() -> new JobFailedException("Video " + input.videoFileId() + " no longer exists"));
        Path out = context.workFile(format.extension());
        context.progress(1, "Extracting audio");
        run(context, video, new AudioTrackExtractor.Target(out, format.codec(), input.sampleRate()));
        context.progress(STORING, "Storing the audio file");
        return result(files.store(context.ownerId(), out, name, video.projectName()));
    }

    private void run(JobContext context, ExtractAudioFiles.SourceVideo video, AudioTrackExtractor.Target target) {
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

    private static JobResult result(Asset audio) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("file_id", audio.publicId);
        data.put("result_url", FileView.downloadUrl(audio));
        data.put("audio_format", audio.format);
        data.put("sample_rate", audio.sampleRate);
        data.put("channels", audio.channels);
        data.put("duration", audio.durationSeconds);
        data.put("size", audio.sizeBytes);
        return JobResult.withAsset(audio.id, data);
    }
}
