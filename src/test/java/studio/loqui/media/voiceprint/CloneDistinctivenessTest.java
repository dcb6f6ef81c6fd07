package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measures on real speakers (LibriVox and pocketsphinx's card reader, the ALSA voice,
 * Asterisk's 8 kHz English and French prompts), cloned as the product clones. Prints the whole
 * table for BENCHMARKS.md and asserts the bars that hold.
 */
class CloneDistinctivenessTest {

    private static CloneMetrics metrics;

    @BeforeAll
    static void measure() {
        metrics = new CloneMetrics(SpeakerPanel.all(), new VoiceAnalyzer(),
                (profile, sentence) -> CloneAcceptanceTest.CLONER.speak(sentence, "en", profile).audio());
        System.out.println(metrics.report());
    }

    @Test
    void shouldMatchEverySpeakersMedianPitchWithinOneSemitone() {
        List<String> off = new ArrayList<>();
        metrics.speakers.stream().filter(s -> Math.abs(s.cloneF0Semitones()) > 1.0)
                .forEach(s -> off.add(s.who().name() + " " + s.cloneF0Semitones()));
        assertTrue(off.isEmpty(), off.toString());
    }
}
