package studio.loqui.media.lipsync.training;

import org.junit.jupiter.api.Test;
import studio.loqui.media.lipsync.MouthShape;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingLabelsTest {

    @Test
    void shouldCloseTheMouthForPausesAndBilabialsAndOpenItForLowVowels() {
        assertEquals(MouthShape.CLOSED, VisemeTargets.of("_"));
        assertEquals(0f, VisemeTargets.of("m").open());
        assertTrue(VisemeTargets.of("A").open() > 0.8f);
        assertTrue(VisemeTargets.of("u").round() > 0.8f);
        assertTrue(VisemeTargets.of("i").spread() > 0.7f);
    }

    @Test
    void shouldLabelEveryHopWithTheSoundingPhoneSmoothed() {
        List<PhoneTiming> phones = List.of(new PhoneTiming("_", 0, 0.3), new PhoneTiming("A", 0.3, 0.7),
                new PhoneTiming("_", 0.7, 1.0));
        float[][] labels = TrainingSet.labels(phones, 100);
        assertTrue(labels[0][10] < 0.01, "closed in the first pause");
        assertTrue(labels[0][50] > 0.9, "open in the middle of the vowel");
        assertTrue(labels[0][90] < 0.01, "closed in the last pause");
        assertTrue(labels[0][30] > 0.2 && labels[0][30] < 0.8, "blends across the boundary");
    }

    @Test
    void shouldReadMaryTtsRealisedDurations() {
        List<PhoneTiming> phones = MaryTtsSpeaker.parseDurations("#\n0.075 125 h\n0.115 125 @\n0.4 125 _\n");
        assertEquals(3, phones.size());
        assertEquals("@", phones.get(1).phone());
        assertEquals(0.075, phones.get(1).start(), 1e-9);
        assertEquals(0.115, phones.get(1).end(), 1e-9);
    }
}
