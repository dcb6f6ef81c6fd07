package studio.loqui.media.voiceprint;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import studio.loqui.media.tts.PhoneClass;
import studio.loqui.media.tts.SpeechTiming;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duration learner on sequences whose phones are known: a "speaker" that says the engine's frames with
 * vowels held 1.4 times and stops 0.7 times as long must be measured so, and its profile must survive JSON.
 */
class PhoneDurationLearnerTest {

    private static final double HOP = 0.008;
    private static final String[] WORDS = {"D", "@", "k", "w", "I", "k", "b", "r", "aU", "n", "f", "A", "k", "s",
            "dZ", "V", "m", "p", "s", "@U", "v", "r=", "D", "@", "l", "EI", "z", "i", "d", "A", "g"};

    @Test
    void shouldMeasureEachClassOfPhonesAsLongAsTheSpeakerHeldIt() {
        PhoneDurationLearner learner = new PhoneDurationLearner();
        SplittableRandom random = new SplittableRandom(13);
        for (int take = 0; take < 3; take++) {
            addStretched(learner, random, 1.4, 0.7, 1.0);
        }
        PhoneDurations learned = learner.learned("none");
        assertTrue(learned.learned(), learned.reason());
        double vowels = measured(learned, PhoneClass.VOWEL);
        double stops = measured(learned, PhoneClass.STOP);
        double fricatives = measured(learned, PhoneClass.FRICATIVE);
        assertEquals(1.4, vowels, 0.15, learned.describe());
        assertEquals(0.7, stops, 0.1, learned.describe());
        assertEquals(1.0, fricatives, 0.12, learned.describe());
        assertTrue(learned.factor(PhoneClass.VOWEL) > learned.factor(PhoneClass.FRICATIVE)
                && learned.factor(PhoneClass.FRICATIVE) > learned.factor(PhoneClass.STOP), learned.describe());
        assertTrue(learned.describe().startsWith("learned from " + learned.phones() + " phones: vowels "),
                learned.describe());
    }

    @Test
    void shouldHoldTheOverallPaceWithinWhatStaysIntelligible() {
        PhoneDurationLearner learner = new PhoneDurationLearner();
        SplittableRandom random = new SplittableRandom(7);
        for (int take = 0; take < 3; take++) {
            addStretched(learner, random, 0.6, 0.6, 0.6);
        }
        PhoneDurations fast = learner.learned("none");
        assertEquals(0.6, measured(fast, PhoneClass.VOWEL), 0.1);
        fast.classes().forEach(c -> assertEquals(PhoneDurationLearner.MIN_PACE, c.factor(), 0.1, c.toString()));
    }

    @Test
    void shouldKeepTheEnginesDurationsSayingWhyWhenTooFewPhonesAligned() {
        PhoneDurationLearner learner = new PhoneDurationLearner();
        assertEquals("no words", learner.learned("no words").reason());
        List<SpeechTiming> phones = timings(new String[]{"_", "h", "@", "l", "@U", "_"}, new int[]{5, 8, 6, 7, 12, 5});
        learner.add(phones, frames(43), HOP, features(phones, new double[]{1, 1, 1, 1, 1, 1}, new SplittableRandom(1)),
                HOP, features(phones, new double[]{1, 1, 1, 1, 1, 1}, new SplittableRandom(2)));
        PhoneDurations few = learner.learned("no words");
        assertFalse(few.learned());
        assertTrue(few.reason().startsWith("too few phones aligned"), few.reason());
        assertNull(few.scale());
    }

    @Test
    void shouldStoreTheDurationsInTheProfileAndReadProfilesMeasuredBeforeThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        PhoneDurationLearner learner = new PhoneDurationLearner();
        SplittableRandom random = new SplittableRandom(3);
        for (int take = 0; take < 3; take++) {
            addStretched(learner, random, 1.2, 0.9, 1.0);
        }
        PhoneDurations learned = learner.learned("none");
        assertEquals(learned, json.readValue(json.writeValueAsString(learned), PhoneDurations.class));
        try (InputStream old = getClass().getResourceAsStream("/studio/loqui/speech/builtin/male.json")) {
            VoiceProfileData before = json.readValue(old, VoiceProfileData.class);
            assertNull(before.durations());
            assertFalse(before.learnedDurations());
            VoiceProfileData now = json.readValue(json.writeValueAsString(before.withDurations(learned)),
                    VoiceProfileData.class);
            assertTrue(now.learnedDurations());
            assertEquals(learned.factor(PhoneClass.VOWEL), now.durations().scale().factorFor("A"), 1e-9);
        }
    }

    /** One take of the phone string: the speaker's copy holds vowels, stops and the other phones by these factors. */
    private static void addStretched(PhoneDurationLearner learner, SplittableRandom random, double vowel, double stop,
                                     double other) {
        int[] engineFrames = new int[WORDS.length + 2];
        double[] stretch = new double[WORDS.length + 2];
        String[] labels = new String[WORDS.length + 2];
        labels[0] = "_";
        labels[labels.length - 1] = "_";
        engineFrames[0] = 4;
        engineFrames[labels.length - 1] = 4;
        stretch[0] = 1;
        stretch[labels.length - 1] = 1;
        for (int k = 0; k < WORDS.length; k++) {
            labels[k + 1] = WORDS[k];
            engineFrames[k + 1] = 6 + random.nextInt(8);
            PhoneClass c = PhoneClass.of(WORDS[k]).orElseThrow();
            stretch[k + 1] = c == PhoneClass.VOWEL ? vowel : c == PhoneClass.STOP ? stop : other;
        }
        List<SpeechTiming> phones = timings(labels, engineFrames);
        int total = java.util.Arrays.stream(engineFrames).sum();
        double[] same = new double[labels.length];
        java.util.Arrays.fill(same, 1.0);
        learner.add(phones, frames(total), HOP, features(phones, same, random), HOP,
                features(phones, stretch, random));
    }

    private static List<SpeechTiming> timings(String[] labels, int[] frames) {
        List<SpeechTiming> out = new ArrayList<>();
        double at = -HOP / 2;
        for (int k = 0; k < labels.length; k++) {
            out.add(new SpeechTiming(labels[k], at, at + frames[k] * HOP));
            at += frames[k] * HOP;
        }
        return out;
    }

    private static int[] frames(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Per frame, the phone's own vector (a ramp from its start to its end) plus a little noise; phones stretched. */
    private static double[][] features(List<SpeechTiming> phones, double[] stretch, SplittableRandom random) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < phones.size(); k++) {
            SpeechTiming p = phones.get(k);
            int n = (int) Math.round((p.endSeconds() - p.startSeconds()) / HOP * stretch[k]);
            double[] centre = new SplittableRandom(p.label().hashCode()).doubles(12, -2, 2).toArray();
            for (int f = 0; f < n; f++) {
                double[] v = new double[12];
                for (int d = 0; d < 12; d++) {
                    v[d] = centre[d] + (d == 0 ? (f / (double) n - 0.5) : 0) + 0.1 * random.nextGaussian();
                }
                out.add(v);
            }
        }
        return out.toArray(new double[0][]);
    }

    private static double measured(PhoneDurations d, PhoneClass c) {
        return d.classes().stream().filter(x -> x.phoneClass().equals(c.name())).findFirst().orElseThrow()
                .measuredRatio();
    }
}
