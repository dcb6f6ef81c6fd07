package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.PcmAudio;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intelligibility acceptance: the recogniser on ten English sentences cloned toward the
 * real male reference has a word error rate at most 10 points above the unmodified MaryTTS voice.
 */
class ClonedIntelligibilityTest {

    static final List<String> SENTENCES = List.of(
            "The children walked to school along the quiet river.",
            "Please send the report to my office before noon.",
            "We will meet at the station at seven in the morning.",
            "The doctor said that the patient should rest for a week.",
            "My brother bought a small house near the park.",
            "It is going to be cold and windy all day tomorrow.",
            "She opened the window and looked at the garden.",
            "The company will announce its new products next month.",
            "He forgot his keys in the car again this evening.",
            "They played music in the square until midnight.");

    @Test
    void shouldKeepClonedSpeechAsIntelligibleAsTheUnmodifiedVoice() throws Exception {
        VoiceProfileData reference = new VoiceAnalyzer().analyze(TestMedia.realVoice(TestMedia.VOICE_0870));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int plainErrors = 0;
            int clonedErrors = 0;
            int words = 0;
            for (String sentence : SENTENCES) {
                PcmAudio plain = TestMedia.mary(sentence);
                PcmAudio cloned = CloneAcceptanceTest.CLONER.speak(sentence, "en", reference).audio();
                Future<WordErrorRate.Result> plainWer = pool.submit(() -> wer(sentence, plain));
                Future<WordErrorRate.Result> clonedWer = pool.submit(() -> wer(sentence, cloned));
                plainErrors += plainWer.get().errors();
                clonedErrors += clonedWer.get().errors();
                words += plainWer.get().referenceWords();
            }
            double plainRate = 100.0 * plainErrors / words;
            double clonedRate = 100.0 * clonedErrors / words;
            System.out.printf(Locale.ROOT, "Vosk WER over %d words: unmodified %.1f %%, cloned %.1f %%%n",
                    words, plainRate, clonedRate);
            assertTrue(clonedRate <= plainRate + 10, "cloned WER " + clonedRate + " vs unmodified " + plainRate);
        } finally {
            pool.shutdownNow();
        }
    }

    private static WordErrorRate.Result wer(String sentence, PcmAudio audio) {
        return WordErrorRate.compute(sentence, TestMedia.RECOGNIZER.recognize(audio, "en").text());
    }
}
