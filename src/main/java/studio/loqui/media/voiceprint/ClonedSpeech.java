package studio.loqui.media.voiceprint;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.SpeechTiming;

import java.util.List;

/**
 * Speech rendered in a cloned voice, with what is known about it.
 *
 * @param audio          the speech at {@link VoiceAnalyzer#ANALYSIS_RATE}
 * @param engine         the synthesis engine that spoke it
 * @param similarity     {@link SpeakerSimilarity} score against the voice, 0..1
 * @param plan           the conversion factors applied
 * @param heard          what the recogniser heard, or null when no recogniser knows the language
 * @param wordErrorRate  word error rate of {@code heard} against the text, or null
 * @param rerendered     whether a first take was heard badly and rendered again
 * @param phones         the phones' times in {@code audio} where the engine reports them (MaryTTS), else empty
 */
public record ClonedSpeech(PcmAudio audio, String engine, double similarity, ConversionPlan plan, String heard,
                           Double wordErrorRate, boolean rerendered, List<SpeechTiming> phones) {

    ClonedSpeech(ClonedSpeech take, boolean rerendered) {
        this(take.audio, take.engine, take.similarity, take.plan, take.heard, take.wordErrorRate, rerendered, take.phones);
    }
}
