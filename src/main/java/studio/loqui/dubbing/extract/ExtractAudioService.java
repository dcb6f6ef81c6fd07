package studio.loqui.dubbing.extract;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.storage.Asset;
import studio.loqui.system.ApiException;

/** Checks an extract-audio request against the caller's files, then queues the job. */
@ApplicationScoped
public class ExtractAudioService {

    public static final String DEFAULT_FORMAT = "wav";
    public static final int DEFAULT_SAMPLE_RATE = 44100;

    private final ExtractAudioFiles files;
    private final JobService jobs;

    public ExtractAudioService(ExtractAudioFiles files, JobService jobs) {
        this.files = files;
        this.jobs = jobs;
    }

    public JobSubmission submit(long ownerId, String videoFileId, String audioFormat, Integer sampleRate,
            JobOptions options) {
        ExtractedAudioFormat format = ExtractedAudioFormat.parse(audioFormat == null ? DEFAULT_FORMAT : audioFormat)
                .orElseThrow(() -> ApiException.invalidField("audio_format", "must be one of wav, mp3, flac"));
        int rate = sampleRate == null ? DEFAULT_SAMPLE_RATE : sampleRate;
        if (!format.supports(rate)) {
            throw ApiException.invalidField("sample_rate",
                    format.extension() + " takes one of " + format.sampleRatesText() + " Hz");
        }
        Asset video = files.requireVideoWithAudio(ownerId, videoFileId.strip());
        ExtractAudioInput input = new ExtractAudioInput(video.publicId, format.extension(), rate);
        return jobs.submit(ExtractAudioHandler.KIND, ownerId, input, options);
    }
}
