package studio.loqui.media.separation;

import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.PcmAudio;

/** Takes the speech out of a recording and keeps the rest (music, effects, ambience). */
public interface SpeechRemover {

    /** The background of {@code mix}: changed only inside {@code speech}, the stretches where words were heard. */
    PcmAudio background(PcmAudio mix, SpeechSpans speech);
}
