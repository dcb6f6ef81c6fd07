package studio.loqui.media.tts;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MaryTTS output is rendered sentence by sentence and joined; none may be lost or cut. */
class MaryTtsSentencesTest {

    private static final String FIRST = "The harbour was quiet in the morning.";
    private static final String SECOND = "Later the ships sailed into the evening light.";

    @Test
    void shouldRenderEverySentenceAndTimeThePhonesOfTheFirst() {
        double first = seconds(FIRST);
        double second = seconds(SECOND);
        SynthesisResult both = TestMedia.MARY.synthesize(new SynthesisRequest(FIRST + " " + SECOND, "en", null, true));
        assertEquals(first + second, both.audio().durationSeconds(), 0.05);
        List<SpeechTiming> phones = both.phonemes();
        double firstEnd = phones.stream().filter(p -> p.endSeconds() <= first + 0.01)
                .mapToDouble(SpeechTiming::endSeconds).max().orElse(0);
        assertEquals(first, firstEnd, 0.05);
    }

    @Test
    void shouldKeepTheSpeechWithinFullScale() {
        PcmAudio audio = TestMedia.MARY.synthesize(SynthesisRequest.of(FIRST + " " + SECOND, "en")).audio();
        double peak = 0;
        for (float x : audio.samples()) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertTrue(peak > 0.3 && peak < 1.1, "peak " + peak);
    }

    private static double seconds(String text) {
        return TestMedia.MARY.synthesize(SynthesisRequest.of(text, "en")).audio().durationSeconds();
    }
}
