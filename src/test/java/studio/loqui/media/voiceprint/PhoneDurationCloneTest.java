package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.PhoneClass;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phone durations learned from each panel speaker's sample, checked on the speaker's second recording: the
 * engine says the second recording's heard words, and the per-class duration ratio of the recording against
 * it is compared with the same ratio measured (the same way) on the clone saying those words, and on the
 * clone as it was before durations were learned (the engine's durations at a global speed from the syllable
 * rate). The base voice's own ratio is 1 by construction. Prints the table for BENCHMARKS.md.
 */
class PhoneDurationCloneTest {

    private static final VoiceAnalyzer ANALYZER = new VoiceAnalyzer();
    private static final TimbreLearner LEARNER = new TimbreLearner(new SynthesizerChooser(List.of(TestMedia.MARY)));
    private static final List<PhoneClass> CLASSES = List.of(PhoneClass.VOWEL, PhoneClass.STOP, PhoneClass.FRICATIVE,
            PhoneClass.SONORANT);
    private static final List<Row> ROWS = new ArrayList<>();
    /** The panel's sentences and the intelligibility test's: 144 words. */
    private static final List<String> SENTENCES = java.util.stream.Stream.concat(CloneMetrics.SENTENCES.stream(),
            ClonedIntelligibilityTest.SENTENCES.stream()).toList();

    /** One speaker: what was learned, and the ratios measured on the second recording and on the two clones. */
    record Row(SpeakerPanel who, VoiceProfileData profile, PhoneDurations second, PhoneDurations cloned,
               PhoneDurations timbreOnlyClone, double cloneWer, double timbreOnlyWer) {

        double cloneDistance() {
            return distance(cloned, second);
        }

        double timbreOnlyDistance() {
            return distance(timbreOnlyClone, second);
        }

        double baseDistance() {
            return distance(null, second);
        }
    }

    @BeforeAll
    static void measure() {
        for (SpeakerPanel who : SpeakerPanel.all()) {
            VoiceProfileData profile = learned(who.sample());
            Transcript secondHeard = TestMedia.RECOGNIZER.recognize(who.second(), "en");
            PhoneDurations second = ratios(who.second(), secondHeard, profile);
            String words = secondHeard.text();
            VoiceProfileData timbreOnly = profile.withDurations(null);
            PcmAudio clone = CloneAcceptanceTest.CLONER.speak(words, "en", profile).audio();
            PcmAudio before = CloneAcceptanceTest.CLONER.speak(words, "en", timbreOnly).audio();
            ROWS.add(new Row(who, profile, second, ratios(clone, profile), ratios(before, profile),
                    wer(profile), wer(timbreOnly)));
        }
        System.out.println(report());
    }

    /** The profile as the product learns it: measured, then timbre and durations learned from the heard words. */
    static VoiceProfileData learned(PcmAudio sample) {
        VoiceProfileData measured = ANALYZER.analyze(sample);
        Transcript heard = TestMedia.RECOGNIZER.recognize(sample, "en");
        PhoneDurationLearner durations = new PhoneDurationLearner();
        TimbreMapping timbre = LEARNER.learn(List.of(new TimbreLearner.HeardSample(sample, heard)), measured,
                durations);
        return measured.withTimbre(timbre).withDurations(durations.learned(timbre.learned()
                ? "no sample's words aligned with the engine's" : timbre.reason()));
    }

    @Test
    void shouldBringEveryLearnedClonesPhoneDurationsCloserToTheSpeakersThanTheBaseVoicesAre() {
        List<Row> learned = ROWS.stream().filter(r -> r.profile().learnedDurations() && r.second().learned()).toList();
        assertTrue(learned.size() >= 3, "speakers whose durations were learned and measurable: " + learned.size());
        for (Row r : learned) {
            assertTrue(r.cloned().learned(), r.who().name() + ": the clone's durations not measurable, "
                    + r.cloned().reason());
            assertTrue(r.cloneDistance() < r.baseDistance(), String.format(Locale.ROOT,
                    "%s: clone %.3f, base voice %.3f from the speaker", r.who().name(), r.cloneDistance(),
                    r.baseDistance()));
        }
    }

    @Test
    void shouldNotMakeClonesHarderToHear() {
        double with = ROWS.stream().mapToDouble(Row::cloneWer).average().orElseThrow();
        double without = ROWS.stream().mapToDouble(Row::timbreOnlyWer).average().orElseThrow();
        assertTrue(with <= without + 0.01, "mean WER with durations " + with + ", without " + without);
    }

    @Test
    void shouldSayInTheReportHowMuchWasLearnedOrWhyNot() {
        for (Row r : ROWS) {
            String said = r.profile().durations().describe();
            assertTrue(r.profile().learnedDurations() ? said.matches("learned from \\d+ phones: vowels [0-9.]+x, .*")
                    : said.startsWith("the engine's own: ") && r.profile().durations().reason() != null, said);
        }
    }

    private static PhoneDurations ratios(PcmAudio audio, VoiceProfileData voice) {
        return ratios(audio, TestMedia.RECOGNIZER.recognize(audio, "en"), voice);
    }

    /** Per-class ratio of {@code audio} against the engine saying its heard words, measured as the learner does. */
    private static PhoneDurations ratios(PcmAudio audio, Transcript heard, VoiceProfileData voice) {
        PhoneDurationLearner durations = new PhoneDurationLearner();
        TimbreMapping timbre = LEARNER.learn(List.of(new TimbreLearner.HeardSample(audio, heard)), voice, durations);
        return durations.learned(timbre.learned() ? "nothing aligned" : timbre.reason());
    }

    /**
     * Mean over the classes, weighted by the speaker's phones of each, of the absolute log difference of the
     * measured ratios; {@code candidate} null is the base voice, ratio 1.
     */
    static double distance(PhoneDurations candidate, PhoneDurations speaker) {
        double sum = 0;
        double weights = 0;
        for (PhoneDurations.ClassDuration s : speaker.classes()) {
            double other = candidate == null ? 1.0 : candidate.classes().stream()
                    .filter(c -> c.phoneClass().equals(s.phoneClass())).findFirst().orElseThrow().measuredRatio();
            sum += s.phones() * Math.abs(Math.log(other) - Math.log(s.measuredRatio()));
            weights += s.phones();
        }
        return sum / weights;
    }

    private static double wer(VoiceProfileData voice) {
        int errors = 0;
        int words = 0;
        for (String sentence : SENTENCES) {
            PcmAudio audio = CloneAcceptanceTest.CLONER.speak(sentence, "en", voice).audio();
            WordErrorRate.Result r = WordErrorRate.spoken(sentence, TestMedia.RECOGNIZER.recognize(audio, "en").text(),
                    "en");
            errors += r.errors();
            words += r.referenceWords();
        }
        return (double) errors / words;
    }

    static String report() {
        StringBuilder out = new StringBuilder("speaker | held out | learned (factors) | class: second recording / "
                + "clone / clone before / base = 1 | distance to the speaker: clone, before, base | WER % clone, before\n");
        for (Row r : ROWS) {
            out.append(String.format(Locale.ROOT, "%s | %s | %s | ", r.who().name(), r.who().heldOut() ? "yes" : "no",
                    r.profile().durations().describe()));
            if (!r.second().learned() || !r.cloned().learned() || !r.timbreOnlyClone().learned()) {
                out.append("not measurable: ").append(r.second().learned() ? r.cloned().reason() : r.second().reason());
            } else {
                for (PhoneClass c : CLASSES) {
                    out.append(String.format(Locale.ROOT, "%s %.2f/%.2f/%.2f (sample %.2f) ", c.plural(),
                            ratio(r.second(), c), ratio(r.cloned(), c), ratio(r.timbreOnlyClone(), c),
                            r.profile().learnedDurations() ? ratio(r.profile().durations(), c) : Double.NaN));
                }
                out.append(String.format(Locale.ROOT, "| %.3f, %.3f, %.3f", r.cloneDistance(), r.timbreOnlyDistance(),
                        r.baseDistance()));
            }
            out.append(String.format(Locale.ROOT, " | %.1f, %.1f%n", 100 * r.cloneWer(), 100 * r.timbreOnlyWer()));
        }
        return out.toString();
    }

    private static double ratio(PhoneDurations d, PhoneClass c) {
        return d.classes().stream().filter(x -> x.phoneClass().equals(c.name())).findFirst().orElseThrow()
                .measuredRatio();
    }
}
