package studio.loqui.dubbing.dub;

import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.TranscriptSegments.Segment;
import studio.loqui.media.audio.PcmAudio;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseSlotTest {

    private static final List<Segment> PHRASES = List.of(new Segment(1.0, 3.0, "one"), new Segment(4.0, 5.0, "two"));

    @Test
    void shouldLeaveAPhraseThatFitsAsSpoken() {
        assertEquals(1.0, PhraseSlot.of(PHRASES, 0, 10).tempoFor(1.9), 1e-9);
    }

    @Test
    void shouldSpeedUpToTheOriginalLengthAtMostAQuarter() {
        assertEquals(1.1, PhraseSlot.of(PHRASES, 0, 10).tempoFor(2.2), 1e-9);
        // 2.9 s at 1.25x is 2.32 s: within the pause before the next phrase (3 s less the gap)
        assertEquals(1.25, PhraseSlot.of(PHRASES, 0, 10).tempoFor(2.9), 1e-9);
    }

    @Test
    void shouldGoFasterOnlyWhenThePauseIsUsedUp() {
        PhraseSlot slot = PhraseSlot.of(PHRASES, 0, 10);
        assertEquals(3.0 - PhraseSlot.GAP_SECONDS, slot.roomSeconds(), 1e-9);
        assertEquals(4.5 / slot.roomSeconds(), slot.tempoFor(4.5), 1e-9);
    }

    @Test
    void shouldEndTheLastPhraseWithTheRecording() {
        assertEquals(1.5 - PhraseSlot.GAP_SECONDS, PhraseSlot.of(PHRASES, 1, 5.5).roomSeconds(), 1e-9);
    }

    @Test
    void shouldKeepTheGapBeforeANextPhraseThatFollowsStraightAfter() {
        List<Segment> abutting = List.of(new Segment(1.0, 2.0, "one"), new Segment(2.0, 5.0, "two"));
        assertEquals(1.0 - PhraseSlot.GAP_SECONDS, PhraseSlot.of(abutting, 0, 10).roomSeconds(), 1e-9);
    }

    @Test
    void shouldSlowThePictureOnlyForAPhraseThatCannotFitAtMostAQuarterFaster() {
        PhraseSlot slot = PhraseSlot.of(PHRASES, 0, 10);
        assertEquals(1.0, slot.slowingFor(2.9), 1e-9);
        // 4.5 s at 1.25x is 3.6 s, and the gap: the 3 s to the next phrase must last 3.68 s
        double slowing = slot.slowingFor(4.5);
        assertEquals((3.6 + PhraseSlot.GAP_SECONDS) / 3.0, slowing, 1e-9);
        assertEquals(PhraseSlot.MAX_TEMPO, slot.slowed(slowing).tempoFor(4.5), 1e-9);
    }

    @Test
    void shouldSlowAtMostTwiceAndHurryTheRest() {
        PhraseSlot slot = PhraseSlot.of(PHRASES, 0, 10);
        assertEquals(PhraseSlot.MAX_SLOWING, slot.slowingFor(10), 1e-9);
        PhraseSlot slowed = slot.slowed(PhraseSlot.MAX_SLOWING);
        assertEquals(6.0 - PhraseSlot.GAP_SECONDS, slowed.roomSeconds(), 1e-9);
        assertEquals(10 / slowed.roomSeconds(), slowed.tempoFor(10), 1e-9);
    }

    @Test
    void shouldTrimSilentEdgesAndCutWithAFade() {
        int rate = 1000;
        float[] samples = new float[1000];
        for (int n = 300; n < 700; n++) {
            samples[n] = 0.5f;
        }
        PcmAudio trimmed = PhraseAudio.trimmed(new PcmAudio(samples, rate));
        assertEquals(0.4 + 2 * PhraseAudio.KEEP_SECONDS, trimmed.durationSeconds(), 0.011);
        PcmAudio cut = PhraseAudio.cutTo(trimmed, 0.2);
        assertEquals(0.2, cut.durationSeconds(), 1e-9);
        assertEquals(0f, cut.samples()[cut.length() - 1], 1e-6f);
    }
}
