package studio.loqui.media.tts;

import studio.loqui.media.audio.PcmAudio;

import java.util.List;

/**
 * @param audio     the speech, mono
 * @param phonemes  phoneme timings in seconds, empty when the engine gives none or they were not asked for
 * @param engine    the engine's {@link SpeechSynthesizer#name()}
 * @param voice     the voice that spoke
 */
public record SynthesisResult(PcmAudio audio, List<SpeechTiming> phonemes, String engine, String voice) {

    /** Shorter output means the engine found nothing to pronounce. */
    public static final double MIN_SECONDS = 0.05;
}
