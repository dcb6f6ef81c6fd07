package studio.loqui.dubbing;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobContext;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.jobs.JobHandler;
import studio.loqui.jobs.JobResult;
import studio.loqui.media.asr.RecognitionException;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechRecognizer;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.AudioDecodingException;
import studio.loqui.media.audio.PcmAudio;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 001's transcribe job: the caller's audio (or a video's sound track) decoded to 16 kHz mono and recognised
 * piece by piece ({@link SpeechChunks}), with progress after each piece. The transcript lives in the job's
 * result; {@code GET /api/v1/process/transcripts/{job_id}} renders it as JSON, WebVTT or SRT.
 */
@ApplicationScoped
public class TranscribeHandler implements JobHandler {

    public static final String KIND = "transcribe";
    private static final int RATE = 16000;
    private static final int DECODED = 5;

    private final AudioDecoder decoder;
    private final RecognizerChooser recognizers;
    private final DubbingFiles files;

    public TranscribeHandler(AudioDecoder decoder, RecognizerChooser recognizers, DubbingFiles files) {
        this.decoder = decoder;
        this.recognizers = recognizers;
        this.files = files;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext context) {
        TranscribeInput input = context.input(TranscribeInput.class);
        RecognizerChooser.Choice choice = recognizers.choose(input.language()).orElseThrow(() ->
                new JobFailedException("No speech recogniser for '" + input.language() + "' is available now"));
        context.progress(1, "Decoding the audio");
        PcmAudio audio = decode(context, input);
        context.progress(DECODED, "Recognising speech");
        Transcript transcript = recognize(context, choice.recognizer(), audio, choice.language());
        return JobResult.of(TranscriptResult.of(context.jobId(), transcript, input, choice.recognizer().name(),
                audio.durationSeconds()));
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

    private Transcript recognize(JobContext context, SpeechRecognizer recognizer, PcmAudio audio, String language) {
        List<SpeechChunks.Chunk> chunks = SpeechChunks.split(audio);
        List<Transcript.Word> words = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            SpeechChunks.Chunk chunk = chunks.get(i);
            words.addAll(shifted(recognizeChunk(recognizer, chunk, language), chunk.offsetSeconds()));
            context.progress(DECODED + (i + 1) * (99 - DECODED) / chunks.size(),
                    "Recognised " + (i + 1) + " of " + chunks.size() + " pieces");
        }
        return new Transcript(String.join(" ", words.stream().map(Transcript.Word::word).toList()), words);
    }

    private static Transcript recognizeChunk(SpeechRecognizer recognizer, SpeechChunks.Chunk chunk, String language) {
        try {
            return recognizer.recognize(chunk.audio(), language);
        } catch (RecognitionException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    private static List<Transcript.Word> shifted(Transcript transcript, double offset) {
        return transcript.words().stream().map(w -> new Transcript.Word(w.word(), w.startSeconds() + offset,
                w.endSeconds() + offset, w.confidence())).toList();
    }
}
