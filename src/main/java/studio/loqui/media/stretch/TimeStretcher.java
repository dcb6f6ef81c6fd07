package studio.loqui.media.stretch;

import studio.loqui.media.audio.PcmAudio;

/** Changes how long a recording lasts without changing its pitch. */
public interface TimeStretcher {

    /** {@code audio} spoken {@code tempo} times faster (above 1) or slower (below 1), pitch unchanged. */
    PcmAudio changeTempo(PcmAudio audio, double tempo);
}
