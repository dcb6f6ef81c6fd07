package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measures on real speakers (LibriVox and pocketsphinx's card reader, the ALSA voice,
 * Asterisk's 8 kHz English and French prompts), cloned as the product clones. Prints the whole
 * table for BENCHMARKS.md and asserts the bars that hold.
 */
class CloneDistinctivenessTest {

    private static final VoiceAnalyzer ANALYZER = new VoiceAnalyzer();
    private static final TimbreLearner LEARNER = new TimbreLearner(new SynthesizerChooser(List.of(TestMedia.MARY)));
    private static CloneMetrics metrics;

    @BeforeAll
    static void measure() {
        List<SpeakerPanel> panel = SpeakerPanel.all();
        CloneMetrics global = new CloneMetrics(panel, ANALYZER, ANALYZER::analyze, CloneDistinctivenessTest::clone);
        System.out.println("== global equaliser and formant warp\n" + global.report());
        metrics = new CloneMetrics(panel, ANALYZER, CloneDistinctivenessTest::learned, CloneDistinctivenessTest::clone);
        System.out.println("== learned from the sample\n" + metrics.report());
    }

    static VoiceProfileData learned(PcmAudio sample) {
        VoiceProfileData measured = ANALYZER.analyze(sample);
        Transcript heard = TestMedia.RECOGNIZER.recognize(sample, "en");
        return measured.withTimbre(LEARNER.learn(List.of(new TimbreLearner.HeardSample(sample, heard)), measured));
    }

    private static PcmAudio clone(VoiceProfileData profile, String sentence) {
        return CloneAcceptanceTest.CLONER.speak(sentence, "en", profile).audio();
    }

    @Test
    void shouldMatchEverySpeakersMedianPitchWithinOneSemitone() {
        List<String> off = new ArrayList<>();
        metrics.speakers.stream().filter(s -> Math.abs(s.cloneF0Semitones()) > 1.0)
                .forEach(s -> off.add(s.who().name() + " " + s.cloneF0Semitones()));
        assertTrue(off.isEmpty(), off.toString());
    }

    @Test
    void shouldKeepClonesAsIntelligibleAsTheBaseVoiceWithinFivePoints() {
        metrics.speakers.forEach(s -> assertTrue(s.cloneWer() <= metrics.baseWer + 0.05,
                s.who().name() + " WER " + s.cloneWer() + " vs base " + metrics.baseWer));
    }

    @Test
    void shouldBringEveryLearnedCloneWithinSixTenthsOfTheBaseVoicesMfccDistance() {
        List<String> far = new ArrayList<>();
        metrics.speakers.stream().filter(s -> s.profile().learnedTimbre() && metrics.mfccTimbreRatio(s) > 0.6)
                .forEach(s -> far.add(s.who().name() + " " + metrics.mfccTimbreRatio(s)));
        assertTrue(metrics.speakers.stream().filter(s -> s.profile().learnedTimbre()).count() >= 3, "learned speakers");
        assertTrue(far.isEmpty(), far.toString());
    }

    @Test
    void shouldScoreEveryLearnedCloneHighestAgainstItsOwnSpeakersSecondRecording() {
        java.util.Set<String> learned = new java.util.HashSet<>();
        metrics.speakers.stream().filter(s -> s.profile().learnedTimbre()).forEach(s -> learned.add(s.who().name()));
        assertTrue(learned.size() >= 4, "learned speakers " + learned);
        metrics.cloneScores().forEach((speaker, row) -> assertTrue(!learned.contains(speaker)
                || CloneMetrics.best(row).equals(speaker), speaker + "'s clone scored " + row));
    }

    @Test
    void shouldScoreEverySameSpeakerPairAboveEveryPairOfTwoSpeakers() {
        double lowestSame = Double.MAX_VALUE;
        double highestOther = 0;
        for (var row : metrics.recordingScores().entrySet()) {
            for (var col : row.getValue().entrySet()) {
                if (col.getKey().equals(row.getKey())) {
                    lowestSame = Math.min(lowestSame, col.getValue());
                } else {
                    highestOther = Math.max(highestOther, col.getValue());
                }
            }
        }
        assertTrue(lowestSame >= 0.5 && highestOther < 0.5, "same speaker from " + lowestSame + ", others up to "
                + highestOther);
    }

    @Test
    void shouldKnowAllisonSpeakingSpanishAsTheEnglishAllison() {
        VoiceProfileData spanish = ANALYZER.analyze(TestMedia.DECODER.decode(
                java.nio.file.Path.of("/usr/share/asterisk/sounds/es_MX_f_Allison/vm-options.wav"),
                VoiceAnalyzer.ANALYSIS_RATE));
        SpeakerSimilarity similarity = new SpeakerSimilarity(ANALYZER);
        java.util.Map<String, Double> row = new java.util.LinkedHashMap<>();
        metrics.speakers.forEach(s -> row.put(s.who().name(), similarity.score(spanish, s.profile())));
        System.out.println("es_MX Allison -> " + row);
        assertTrue(CloneMetrics.best(row).equals("allison-en-8k"), row.toString());
    }

    @Test
    void shouldScoreASecondRecordingHighestAgainstItsOwnSpeaker() {
        metrics.recordingScores().forEach((speaker, row) -> assertTrue(CloneMetrics.best(row).equals(speaker),
                speaker + " scored " + row));
    }
}
