package studio.loqui.dubbing.dub;

import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.PcmAudio;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DubbedTrackTest {

    private static final int RATE = 1000;
    private static final double EPSILON = 1e-9;

    @Test
    void shouldPlacePhraseWhereItsOriginalStarted() {
        DubbedTrack track = new DubbedTrack(RATE, 10);
        assertEquals(new DubbedTrack.Placed(1.0, 0.5), track.add(1.0, tone(0.5, 0.25f)));
        assertEquals(new DubbedTrack.Placed(4.0, 0.8), track.add(4.0, tone(0.8, 0.25f)));
    }

    @Test
    void shouldPushPhraseThatWouldOverlapToAfterThePreviousAndABreath() {
        DubbedTrack track = new DubbedTrack(RATE, 10);
        track.add(1.0, tone(2.0, 0.25f)); // translated long: ends at 3.0, the next was due at 2.0

        DubbedTrack.Placed next = track.add(2.0, tone(0.5, 0.25f));
        assertEquals(3.0 + DubbedTrack.BREATH_SECONDS, next.startSeconds(), EPSILON);
        DubbedTrack.Placed third = track.add(3.2, tone(0.5, 0.25f));
        assertEquals(3.0 + DubbedTrack.BREATH_SECONDS + 0.5 + DubbedTrack.BREATH_SECONDS, third.startSeconds(), EPSILON);
    }

    @Test
    void shouldKeepOriginalStartWhenThePreviousEndsWithinItsBreathOfIt() {
        DubbedTrack track = new DubbedTrack(RATE, 10);
        track.add(0.0, tone(1.0, 0.25f));
        // the next phrase was due 0.1 s after the previous ends: less than a breath, so it waits for the breath
        assertEquals(1.0 + DubbedTrack.BREATH_SECONDS, track.add(1.1, tone(0.3, 0.25f)).startSeconds(), EPSILON);
        // one due well after the breath keeps its own time
        assertEquals(2.0, track.add(2.0, tone(0.3, 0.25f)).startSeconds(), EPSILON);
    }

    @Test
    void shouldLastAsLongAsTheOriginalWhenPhrasesEndEarlier() {
        DubbedTrack track = new DubbedTrack(RATE, 6.5);
        track.add(1.0, tone(0.5, 0.25f));
        PcmAudio mix = track.mix();
        assertEquals(6500, mix.length());
        assertEquals(RATE, mix.sampleRate());
    }

    @Test
    void shouldRunPastTheOriginalWhenTheLastPhraseEndsLater() {
        DubbedTrack track = new DubbedTrack(RATE, 3.0);
        track.add(2.0, tone(1.5, 0.25f));
        assertEquals(3500, track.mix().length());
    }

    @Test
    void shouldBeSilenceOfTheOriginalLengthWithoutPhrases() {
        PcmAudio mix = new DubbedTrack(RATE, 2.0).mix();
        assertEquals(2000, mix.length());
        assertEquals(0f, peak(mix.samples(), 0, mix.length()));
    }

    @Test
    void shouldMixEachPhraseAtItsPlacedSamplesAndSilenceBetween() {
        DubbedTrack track = new DubbedTrack(RATE, 5);
        track.add(1.0, tone(0.5, 0.25f));
        track.add(1.2, tone(0.5, 0.5f)); // pushed to 1.65 s
        float[] mix = track.mix().samples();

        assertEquals(0f, peak(mix, 0, 1000));
        assertEquals(0.25f, peak(mix, 1000, 1500));
        assertEquals(0.25f, min(mix, 1000, 1500));
        assertEquals(0f, peak(mix, 1500, 1650));
        assertEquals(0.5f, peak(mix, 1650, 2150));
        assertEquals(0.5f, min(mix, 1650, 2150));
        assertEquals(0f, peak(mix, 2150, mix.length));
    }

    @Test
    void shouldRefusePhraseAtAnotherSampleRate() {
        DubbedTrack track = new DubbedTrack(RATE, 5);
        assertThrows(IllegalArgumentException.class, () -> track.add(0, new PcmAudio(new float[100], 2 * RATE)));
    }

    private static PcmAudio tone(double seconds, float level) {
        float[] samples = new float[(int) Math.round(seconds * RATE)];
        Arrays.fill(samples, level);
        return new PcmAudio(samples, RATE);
    }

    private static float peak(float[] x, int from, int to) {
        float m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, Math.abs(x[i]));
        }
        return m;
    }

    private static float min(float[] x, int from, int to) {
        float m = Float.MAX_VALUE;
        for (int i = from; i < to; i++) {
            m = Math.min(m, x[i]);
        }
        return m;
    }
}
