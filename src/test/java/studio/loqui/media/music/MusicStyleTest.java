package studio.loqui.media.music;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Genre and mood change what is heard: measured tempo, brightness and mode. */
@Tag("film")
class MusicStyleTest {

    private static final double SECONDS = 16;
    private static final int MAJOR_THIRD = 4;
    private static final int MINOR_THIRD = 3;
    private final MusicComposer composer = new MusicComposer();

    @Test
    void shouldPlayAmbientSlowAndMellowAndRockFastAndBright() {
        PcmAudio ambient = composer.compose(SECONDS, "ambient", "inspiring");
        PcmAudio rock = composer.compose(SECONDS, "rock", "inspiring");
        double slow = MusicMeasures.tempo(ambient);
        double fast = MusicMeasures.tempo(rock);
        assertEquals(MusicStyle.of("ambient", "inspiring").bpm(), slow, 0.05 * slow, "ambient tempo");
        assertEquals(MusicStyle.of("rock", "inspiring").bpm(), fast, 0.05 * fast, "rock tempo");
        assertTrue(fast > 1.5 * slow, "rock " + fast + " bpm, ambient " + slow + " bpm");
        double mellow = MusicMeasures.centroid(ambient);
        double bright = MusicMeasures.centroid(rock);
        assertTrue(bright > 1.5 * mellow, "spectral centroid: rock " + bright + " Hz, ambient " + mellow + " Hz");
    }

    @Test
    void shouldPlayElectronicAndClassicalAtTheirOwnTempoAndTimbre() {
        PcmAudio electronic = composer.compose(SECONDS, "electronic", "inspiring");
        PcmAudio classical = composer.compose(SECONDS, "classical", "inspiring");
        double e = MusicMeasures.tempo(electronic);
        double c = MusicMeasures.tempo(classical);
        assertEquals(MusicStyle.of("electronic", "inspiring").bpm(), e, 0.05 * e, "electronic tempo");
        assertEquals(MusicStyle.of("classical", "inspiring").bpm(), c, 0.05 * c, "classical tempo");
        assertTrue(Math.abs(MusicMeasures.centroid(electronic) - MusicMeasures.centroid(classical))
                > 0.2 * MusicMeasures.centroid(classical), "the timbres differ");
    }

    @Test
    void shouldPlayAHappyMoodInMajorAndFasterThanASadOneInMinor() {
        for (String genre : new String[] {"pop", "cinematic"}) {
            PcmAudio happy = composer.compose(SECONDS, genre, "happy");
            PcmAudio sad = composer.compose(SECONDS, genre, "sad");
            double[] bright = MusicMeasures.chroma(happy);
            double[] dark = MusicMeasures.chroma(sad);
            assertTrue(bright[MAJOR_THIRD] > 2 * bright[MINOR_THIRD], genre + " happy is major: "
                    + Arrays.toString(bright));
            assertTrue(dark[MINOR_THIRD] > 2 * dark[MAJOR_THIRD], genre + " sad is minor: " + Arrays.toString(dark));
            double quick = MusicMeasures.tempo(happy);
            double slow = MusicMeasures.tempo(sad);
            assertEquals(MusicStyle.of(genre, "happy").bpm(), quick, 0.05 * quick, genre + " happy tempo");
            assertEquals(MusicStyle.of(genre, "sad").bpm(), slow, 0.05 * slow, genre + " sad tempo");
            assertTrue(quick > 1.2 * slow, genre + ": happy " + quick + " bpm, sad " + slow + " bpm");
        }
    }
}
