package studio.loqui.media.tts;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.WordErrorRate;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-class phone duration factors scale MaryTTS's HMM state durations; the realised timings and the sound agree. */
class PhoneDurationScaleTest {

    private static final String SENTENCE = "Please remember to bring your umbrella because it may rain this afternoon.";
    private static final PhoneDurationScale LONG_VOWELS = new PhoneDurationScale(Map.of(PhoneClass.VOWEL, 1.5,
            PhoneClass.STOP, 0.8));

    @Test
    void shouldLengthenVowelsAndShortenStopsLeavingTheOtherPhonesAndKeepingTimingsAndSoundInStep() {
        SynthesisResult plain = mary(1.0, null);
        SynthesisResult scaled = mary(1.0, LONG_VOWELS);
        Map<PhoneClass, Double> before = secondsByClass(plain.phonemes());
        Map<PhoneClass, Double> after = secondsByClass(scaled.phonemes());
        System.out.printf(Locale.ROOT, "seconds by class, plain %s, scaled %s; audio %.3f s -> %.3f s%n", before, after,
                plain.audio().durationSeconds(), scaled.audio().durationSeconds());
        assertEquals(1.5, after.get(PhoneClass.VOWEL) / before.get(PhoneClass.VOWEL), 0.03);
        assertEquals(0.8, after.get(PhoneClass.STOP) / before.get(PhoneClass.STOP), 0.03);
        assertEquals(1.0, after.get(PhoneClass.FRICATIVE) / before.get(PhoneClass.FRICATIVE), 0.03);
        assertEquals(1.0, after.get(PhoneClass.SONORANT) / before.get(PhoneClass.SONORANT), 0.03);
        assertEquals(before.get(PhoneClass.PAUSE), after.get(PhoneClass.PAUSE), 0.011);
        double expectedGrowth = 0.5 * before.get(PhoneClass.VOWEL) - 0.2 * before.get(PhoneClass.STOP);
        assertEquals(expectedGrowth, scaled.audio().durationSeconds() - plain.audio().durationSeconds(), 0.03);
        assertEquals(scaled.audio().durationSeconds(), end(scaled.phonemes()), 0.03);
        double wer = WordErrorRate.spoken(SENTENCE, TestMedia.RECOGNIZER.recognize(scaled.audio(), "en").text(), "en")
                .rate();
        assertTrue(wer <= 0.1, "Vosk WER of the scaled speech " + wer);
    }

    @Test
    void shouldApplyTheFactorsOnTopOfAnExplicitSpeed() {
        Map<PhoneClass, Double> slow = secondsByClass(mary(0.8, null).phonemes());
        Map<PhoneClass, Double> slowScaled = secondsByClass(mary(0.8, LONG_VOWELS).phonemes());
        Map<PhoneClass, Double> normal = secondsByClass(mary(1.0, null).phonemes());
        assertTrue(slow.get(PhoneClass.VOWEL) > 1.15 * normal.get(PhoneClass.VOWEL), slow + " vs " + normal);
        assertEquals(1.5, slowScaled.get(PhoneClass.VOWEL) / slow.get(PhoneClass.VOWEL), 0.03);
        assertEquals(0.8, slowScaled.get(PhoneClass.STOP) / slow.get(PhoneClass.STOP), 0.03);
    }

    @Test
    void shouldLeaveEspeakAsItIs() {
        double plain = TestMedia.ESPEAK.synthesize(new SynthesisRequest(SENTENCE, "en", null, false)).audio()
                .durationSeconds();
        double given = TestMedia.ESPEAK.synthesize(new SynthesisRequest(SENTENCE, "en",
                new VoiceOptions(null, null, 1.0, null, LONG_VOWELS), false)).audio().durationSeconds();
        assertEquals(plain, given, 0.01);
        assertTrue(!TestMedia.ESPEAK.followsPhoneDurations() && TestMedia.MARY.followsPhoneDurations());
    }

    @Test
    void shouldSpreadAPhonesFramesOverItsStatesKeepingOneEach() {
        int[] out = HtsStateDurations.distributed(new int[]{1, 4, 7, 2, 1}, 7);
        assertEquals(7, java.util.Arrays.stream(out).sum());
        assertTrue(java.util.Arrays.stream(out).allMatch(d -> d >= 1), java.util.Arrays.toString(out));
        assertTrue(out[2] >= out[1] && out[1] >= out[3], java.util.Arrays.toString(out));
        int[] longer = HtsStateDurations.distributed(new int[]{2, 3, 5, 3, 2}, 30);
        assertEquals(30, java.util.Arrays.stream(longer).sum());
        assertTrue(longer[2] > longer[0], java.util.Arrays.toString(longer));
    }

    private static SynthesisResult mary(double speed, PhoneDurationScale durations) {
        return TestMedia.MARY.synthesize(new SynthesisRequest(SENTENCE, "en",
                new VoiceOptions(null, null, speed, null, durations), true));
    }

    private static Map<PhoneClass, Double> secondsByClass(List<SpeechTiming> phones) {
        Map<PhoneClass, Double> out = new EnumMap<>(PhoneClass.class);
        for (SpeechTiming p : phones) {
            PhoneClass c = PhoneClass.of(p.label()).orElseThrow(() -> new AssertionError("unknown phone " + p.label()));
            out.merge(c, p.endSeconds() - p.startSeconds(), Double::sum);
        }
        return out;
    }

    private static double end(List<SpeechTiming> phones) {
        return phones.get(phones.size() - 1).endSeconds();
    }
}
