package studio.loqui.dubbing.dub;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.jobs.JobFailedException;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.stretch.StretchException;
import studio.loqui.media.stretch.TimeStretcher;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.voiceprint.VoiceCloner;
import studio.loqui.media.voiceprint.VoiceProfileData;

/**
 * One translated phrase spoken in a voice and fitted to its place: silence trimmed, sped up as its
 * {@link PhraseSlot} allows, and cut to at most {@code maxSeconds}.
 */
@ApplicationScoped
public class PhraseRenderer {

    /** The fitted speech and how much faster than spoken it was made. */
    public record Rendered(PcmAudio audio, double tempo) {
    }

    private final VoiceCloner cloner;
    private final TimeStretcher stretcher;

    public PhraseRenderer(VoiceCloner cloner, TimeStretcher stretcher) {
        this.cloner = cloner;
        this.stretcher = stretcher;
    }

    Rendered render(String translated, String language, VoiceProfileData voice, PhraseSlot slot, double maxSeconds) {
        try {
            PcmAudio spoken = PhraseAudio.trimmed(cloner.speak(translated, language, voice).audio());
            double tempo = slot.tempoFor(spoken.durationSeconds());
            return new Rendered(PhraseAudio.cutTo(stretcher.changeTempo(spoken, tempo),
                    Math.min(slot.roomSeconds(), maxSeconds)), tempo);
        } catch (SynthesisException | StretchException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
