package studio.loqui.dubbing.transcribe;

import studio.loqui.dubbing.DubbingFiles;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobService;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.tts.Languages;
import studio.loqui.storage.Asset;
import studio.loqui.system.ApiException;

/** Checks a transcription request (file, language) before queueing the job, so a refused request leaves no job. */
@ApplicationScoped
public class TranscribeService {

    public static final String DEFAULT_LANGUAGE = "en";
    /** Echoed back; this server has one recognition engine whatever model the client names. */
    public static final String DEFAULT_MODEL = "default";

    private final DubbingFiles files;
    private final RecognizerChooser recognizers;
    private final JobService jobs;

    public TranscribeService(DubbingFiles files, RecognizerChooser recognizers, JobService jobs) {
        this.files = files;
        this.recognizers = recognizers;
        this.jobs = jobs;
    }

    public JobSubmission submit(long ownerId, String audioFileId, String sourceLanguage, String model,
            JobOptions options) {
        String language = Languages.normalise(sourceLanguage == null ? DEFAULT_LANGUAGE : sourceLanguage);
        if (recognizers.choose(language).isEmpty()) {
            recognizers.requireAnyInstalled();
            throw ApiException.invalidField("source_language", "'" + sourceLanguage
                    + "' cannot be transcribed here; supported: " + String.join(", ", recognizers.supportedLanguages()));
        }
        Asset audio = files.requireWithAudio(ownerId, audioFileId, "audio_file_id");
        String echoed = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
        return jobs.submit(TranscribeHandler.KIND, ownerId, new TranscribeInput(audio.publicId, language, echoed), options);
    }
}
