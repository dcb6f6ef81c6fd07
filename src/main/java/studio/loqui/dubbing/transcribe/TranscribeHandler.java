package studio.loqui.dubbing.transcribe;

import studio.loqui.dubbing.DubbingFiles;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobOutput;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechTranscriber;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;

/**
 * Seed 001's transcribe job: the caller's audio (or a video's sound track) decoded to 16 kHz mono and recognised
 * piece by piece ({@link SpeechChunks}), with progress after each piece. The transcript lives in the job's
 * result; {@code GET /api/v1/process/transcripts/{job_id}} renders it as JSON, WebVTT or SRT.
 */
@ApplicationScoped
public class TranscribeHandler implements JobHandler<TranscriptResult> {

    public static final String KIND = "transcribe";
    private static final int RATE = 16000;
    private static final int DECODED = 5;

    private final AudioDecoder decoder;
    private final RecognizerChooser recognizers;
    private final DubbingFiles files;
    private final SpeechTranscriber transcriber;

    public TranscribeHandler(AudioDecoder decoder, RecognizerChooser recognizers, DubbingFiles files,
                             SpeechTranscriber transcriber) {
        this.decoder = decoder;
        this.recognizers = recognizers;
        this.files = files;
        this.transcriber = transcriber;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobOutput<TranscriptResult> output(JobContext context) {
        TranscribeInput input = context.input(TranscribeInput.class);
        return JobOutput.unstored(name -> transcribe(context, input));
    }

    private JobResult<TranscriptResult> transcribe(JobContext context, TranscribeInput input) {
        RecognizerChooser.Choice choice = recognizers.choose(input.language()).orElseThrow(() ->
                new JobFailedException("No speech recogniser for '" + input.language() + "' is available now"));
        context.progress(1, "Decoding the audio");
        PcmAudio audio = decode(context, input);
        context.progress(DECODED, "Recognising speech");
        Transcript transcript = transcriber.transcribe(choice.recognizer(), audio, choice.language(),
                (done, of) -> context.progress(DECODED + done * (99 - DECODED) / of,
                        "Recognised " + done + " of " + of + " pieces"));
        return JobResult.of(TranscriptResult.of(context.jobId(), transcript, input, choice.recognizer().name(),
                choice.recognizer().model(), audio.durationSeconds()));
    }

    private PcmAudio decode(JobContext context, TranscribeInput input) {
        DubbingFiles.Source source = files.source(context.ownerId(), input.audioFileId())
                .orElseThrow(() -> new JobFailedException("File " + input.audioFileId() + " no longer exists"));
        try {
            return decoder.decode(source.path(), RATE);
        } catch (AudioDecodingException e) {
            throw new JobFailedException("The audio could not be decoded: " + e.getMessage(), e);
        }
    }
}
