package studio.loqui.media.separation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.support.TestMusic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real reader in the centre, chords hard left and right: removing the centre keeps the side (left minus right)
 * sample for sample, leaves the recording as it was more than a frame away from the speech, and leaves less than
 * a tenth of the reader's power in the mid inside it.
 */
@Tag("voice")
class CentreChannelRemoverTest {

    private static final int RATE = 32000;

    @Test
    void shouldTakeOutTheCentreInsideSpeechOnly() {
        PcmAudio voice = Resampler.toRate(SpectralSpeechRemoverTest.padded(TestMedia.realVoice(TestMedia.VOICE_0870),
                1.0, 2.0), RATE);
        PcmAudio left = TestMusic.chords(voice.durationSeconds(), RATE, 0.02, 0);
        PcmAudio right = TestMusic.chords(voice.durationSeconds(), RATE, 0.02, 1);
        StereoPcm mix = new StereoPcm(TestMusic.mix(voice, left), TestMusic.mix(voice, right));
        SpeechSpans spans = SpeechSpans.of(TestMedia.RECOGNIZER.recognize(Resampler.toRate(voice, 16000), "en"),
                mix.durationSeconds());

        StereoPcm out = CentreChannelRemover.withoutCentre(mix, spans);

        double frame = CentreChannelRemover.FRAME_SECONDS;
        double voicePower = 0;
        double residualPower = 0;
        for (int n = 0; n < mix.length(); n++) {
            double t = n / (double) RATE;
            float side = mix.left().samples()[n] - mix.right().samples()[n];
            assertEquals(side, out.left().samples()[n] - out.right().samples()[n], 1e-4, "side at " + t);
            if (!spans.contains(t - frame) && !spans.contains(t) && !spans.contains(t + frame)) {
                assertEquals(mix.left().samples()[n], out.left().samples()[n], 1e-4, "untouched at " + t);
            }
            if (spans.contains(t)) {
                voicePower += voice.samples()[n] * (double) voice.samples()[n];
                double mid = (out.left().samples()[n] + out.right().samples()[n]) / 2.0;
                double musicMid = (left.samples()[n] + right.samples()[n]) / 2.0;
                residualPower += (mid - musicMid) * (mid - musicMid);
            }
        }
        double centreLeftDb = 10 * Math.log10(residualPower / voicePower);
        System.out.printf("Centre removal: what is left of the reader in the mid is %.1f dB%n", centreLeftDb);
        assertTrue(centreLeftDb < -10, "the centre stays: " + centreLeftDb + " dB");
    }
}
