package studio.loqui.openai;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.SyncWorkPool;
import studio.loqui.media.MediaConfig;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.asr.SpeechTranscriber;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.Languages;
import studio.loqui.system.ApiException;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code POST /v1/audio/transcriptions}: the uploaded file decoded to 16 kHz mono and recognised piece by piece
 * by the recogniser every face uses, on the bounded pool of synchronous work. OpenAI detects the language when
 * none is given; this server's recognisers cannot, so it assumes {@value #DEFAULT_LANGUAGE}.
 */
@ApplicationScoped
public class OpenAiTranscriber {

    static final String DEFAULT_LANGUAGE = "en";
    private static final int RATE = 16000;

    private final RecognizerChooser recognizers;
    private final SpeechTranscriber transcriber;
    private final AudioDecoder decoder;
    private final MediaConfig media;
    private final SyncWorkPool work;

    public OpenAiTranscriber(RecognizerChooser recognizers, SpeechTranscriber transcriber, AudioDecoder decoder,
                             MediaConfig media, SyncWorkPool work) {
        this.recognizers = recognizers;
        this.transcriber = transcriber;
        this.decoder = decoder;
        this.media = media;
        this.work = work;
    }

    /** What was heard, in which language (as the recogniser knows it), in how many seconds of audio. */
    public record Heard(Transcript transcript, String language, double durationSeconds) {
    }

    public Heard transcribe(Path file, long bytes, String language) {
        if (bytes > media.maxAudioBytes()) {
            throw ApiException.tooLarge("The file has " + bytes + " bytes; at most " + media.maxAudioBytes()
                    + " are accepted");
        }
        String wanted = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        RecognizerChooser.Choice choice = recognizers.choose(Languages.normalise(wanted)).orElseThrow(() -> {
            recognizers.requireAnyInstalled();
            return ApiException.invalidField("language", "'" + wanted + "' cannot be transcribed here; supported: "
                    + String.join(", ", recognizers.supportedLanguages()));
        });
        Duration limit = Duration.ofSeconds((long) media.maxDurationSeconds());
        return work.call("transcription", () -> {
            PcmAudio audio = decoder.decode(file, RATE, limit);
            Transcript transcript = transcriber.transcribe(choice.recognizer(), audio, choice.language(),
                    (done, of) -> { });
            return new Heard(transcript, choice.language(), audio.durationSeconds());
        });
    }
}
