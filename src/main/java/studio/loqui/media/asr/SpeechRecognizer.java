package studio.loqui.media.asr;

import studio.loqui.media.MediaEngine;
import studio.loqui.media.audio.PcmAudio;

import java.util.Set;

/** Speech to text with word timings. Implementations are CDI beans listed by health. */
public interface SpeechRecognizer extends MediaEngine {

    /** Language codes this recogniser has models for here. */
    Set<String> languages();

    /** Among engines that know a language, the highest priority is chosen; equal ones keep their order. */
    default int priority() {
        return 0;
    }

    /** The model this engine recognises with, as results name it. */
    default String model() {
        return name();
    }

    /** Whether {@link #listen} hears audio as it is recorded. */
    default boolean hearsLive() {
        return false;
    }

    /** Starts hearing one live stream; the caller closes it. */
    default LiveRecognition listen(String language) {
        throw new RecognitionException(name() + " cannot hear live audio");
    }

    /** Transcribes mono speech of any rate; throws {@link RecognitionException} when it cannot. */
    Transcript recognize(PcmAudio speech, String language);
}
