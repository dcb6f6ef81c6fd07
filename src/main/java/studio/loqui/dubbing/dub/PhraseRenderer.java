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
 * {@link PhraseSlot} allows (or, when the picture may be slowed, its slot lengthened first), and cut to at most
 * {@code maxSeconds} plus what the slowing added.
 */
@ApplicationScoped
public class PhraseRenderer {

    /**
     * The fitted speech, how much faster than spoken it was made, and how many times longer the picture from the
     * phrase's start to the next's must last (1 when it is not slowed).
     */
    public record Rendered(PcmAudio audio, double tempo, double slowing) {
    }

    private final VoiceCloner cloner;
    private final TimeStretcher stretcher;

    public PhraseRenderer(VoiceCloner cloner, TimeStretcher stretcher) {
        this.cloner = cloner;
        this.stretcher = stretcher;
    }

    Rendered render(String translated, String language, VoiceProfileData voice, PhraseSlot slot, double maxSeconds,
                    boolean slowPicture) {
        try {
            PcmAudio spoken = PhraseAudio.trimmed(cloner.speak(translated, language, voice).audio());
            double slowing = slowPicture ? slot.slowingFor(spoken.durationSeconds()) : 1;
            PhraseSlot fitted = slot.slowed(slowing);
            double tempo = fitted.tempoFor(spoken.durationSeconds());
            double most = maxSeconds + fitted.stretchSeconds() - slot.stretchSeconds();
            return new Rendered(PhraseAudio.cutTo(stretcher.changeTempo(spoken, tempo),
                    Math.min(fitted.roomSeconds(), most)), tempo, slowing);
        } catch (SynthesisException | StretchException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }
}
