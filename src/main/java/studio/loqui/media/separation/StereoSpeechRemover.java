package studio.loqui.media.separation;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.StereoPcm;

/**
 * The background of a stereo recording: inside the speech spans the centre is removed first
 * ({@link CentreChannelRemover}), then each channel goes through the mono {@link SpeechRemover} for what the
 * centre did not hold; outside the spans both channels are the original.
 */
@ApplicationScoped
public class StereoSpeechRemover {

    private final SpeechRemover mono;

    public StereoSpeechRemover(SpeechRemover mono) {
        this.mono = mono;
    }

    public StereoPcm background(StereoPcm mix, SpeechSpans speech) {
        StereoPcm sides = CentreChannelRemover.withoutCentre(mix, speech);
        return new StereoPcm(mono.background(sides.left(), speech), mono.background(sides.right(), speech));
    }
}
