package studio.loqui.media.tts;

import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;

import java.util.List;

/**
 * @param audio     the speech, mono
 * @param phonemes  phoneme timings in seconds, empty when the engine gives none or they were not asked for
 * @param engine    the engine's {@link SpeechSynthesizer#name()}
 * @param voice     the voice that spoke
 * @param pitch     the F0 the engine spoke with, at a 10 ms hop, when it knows it (saves measuring); else null
 */
public record SynthesisResult(PcmAudio audio, List<SpeechTiming> phonemes, String engine, String voice,
                              PitchTrack pitch) {

    public SynthesisResult(PcmAudio audio, List<SpeechTiming> phonemes, String engine, String voice) {
        this(audio, phonemes, engine, voice, null);
    }

    /** Shorter output means the engine found nothing to pronounce. */
    public static final double MIN_SECONDS = 0.05;
}
