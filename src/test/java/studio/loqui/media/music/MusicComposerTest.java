package studio.loqui.media.music;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("film")
class MusicComposerTest {

    @Test
    void shouldComposeMusicOfTheRequestedLengthWithinFullScale() {
        PcmAudio music = new MusicComposer().compose(6, "cinematic", "inspiring");
        assertEquals(6.0, music.durationSeconds(), 0.001);
        float peak = 0;
        double energy = 0;
        for (float s : music.samples()) {
            peak = Math.max(peak, Math.abs(s));
            energy += s * s;
        }
        assertTrue(peak < 1 && peak > 0.1, "peak " + peak);
        assertTrue(Math.sqrt(energy / music.length()) > 0.03, "the music is audible");
    }

    @Test
    void shouldPlayAMinorThirdForADarkMood() {
        PcmAudio dark = new MusicComposer().compose(2, "pop", "dark");
        PcmAudio bright = new MusicComposer().compose(2, "pop", "happy");
        double minorThird = 220 * Math.pow(2, 3 / 12.0);
        assertTrue(power(dark, minorThird) > 10 * power(bright, minorThird), "minor third only in the dark mood");
    }

    /** Goertzel power of one frequency over the first bar. */
    private static double power(PcmAudio audio, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / audio.sampleRate());
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < audio.sampleRate(); i++) {
            double s = audio.samples()[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }
}
