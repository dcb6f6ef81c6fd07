package studio.loqui.media.tts;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.RecognizerChooser;
import studio.loqui.media.quality.AudioMeter;
import studio.loqui.media.audio.AudioQualityReport;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.YinPitchTracker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynthesizerTest {

    private static final String SENTENCE = "The weather will be sunny tomorrow, with a light wind from the west.";

    @Test
    void shouldSpeakEnglishWithMaryAndGivePhonemeTimings() {
        SynthesisResult result = TestMedia.MARY.synthesize(new SynthesisRequest(SENTENCE, "en", null, true));
        PcmAudio audio = result.audio();
        assertEquals(16000, audio.sampleRate());
        AudioQualityReport report = new AudioMeter().measure(audio);
        assertTrue(report.speechSeconds() > 2.5 && audio.durationSeconds() < 8, "duration " + audio.durationSeconds());
        List<SpeechTiming> phonemes = result.phonemes();
        assertTrue(phonemes.size() > 30, "phonemes " + phonemes.size());
        for (int i = 1; i < phonemes.size(); i++) {
            assertTrue(phonemes.get(i).startSeconds() >= phonemes.get(i - 1).startSeconds());
        }
        assertEquals(audio.durationSeconds(), phonemes.get(phonemes.size() - 1).endSeconds(), 0.3);
    }

    @Test
    void shouldSpeakSlowerAndFasterOnRequest() {
        double slow = TestMedia.MARY.synthesize(new SynthesisRequest(SENTENCE, "en",
                new VoiceOptions(null, null, 0.8), true)).audio().durationSeconds();
        double fast = TestMedia.MARY.synthesize(new SynthesisRequest(SENTENCE, "en",
                new VoiceOptions(null, null, 1.25), false)).audio().durationSeconds();
        assertTrue(slow > 1.2 * fast, "slow " + slow + " s, fast " + fast + " s");
    }

    @Test
    void shouldSpeakOtherLanguagesWithEspeakInTheRequestedGender() {
        assertTrue(TestMedia.ESPEAK.languages().size() > 100, "languages " + TestMedia.ESPEAK.languages().size());
        PcmAudio male = TestMedia.ESPEAK.synthesize(new SynthesisRequest("Guten Tag, wie geht es Ihnen heute?", "de",
                new VoiceOptions(null, "male", 1.0), false)).audio();
        PcmAudio female = TestMedia.ESPEAK.synthesize(new SynthesisRequest("Guten Tag, wie geht es Ihnen heute?", "de",
                new VoiceOptions(null, "female", 1.0), false)).audio();
        double maleF0 = YinPitchTracker.forSpeech().track(male).medianHz();
        double femaleF0 = YinPitchTracker.forSpeech().track(female).medianHz();
        assertTrue(male.durationSeconds() > 1.0, "speech rendered");
        assertTrue(femaleF0 > maleF0 * 1.4, "female " + femaleF0 + " Hz vs male " + maleF0 + " Hz");
    }

    @Test
    void shouldChooseTheBestEngineAndReportLanguages() {
        SynthesizerChooser chooser = new SynthesizerChooser(List.of(TestMedia.ESPEAK, TestMedia.MARY));
        assertEquals("marytts", chooser.require("en-US").name());
        assertEquals("espeak-ng", chooser.require("fr").name());
        assertEquals("espeak-ng", chooser.require("pt-br").name());
        assertTrue(chooser.choose("tlh").isEmpty());
        assertEquals(List.of("marytts", "espeak-ng"), chooser.supportedLanguages().get("en"));
        assertThrows(SynthesisException.class, () -> chooser.require("xx-unknown"));
        var recognition = new RecognizerChooser(List.of(TestMedia.SPHINX)).enginesByLanguage();
        assertEquals(List.of("pocketsphinx"), recognition.get("en"));
        assertTrue(recognition.get("de") == null && chooser.supportedLanguages().containsKey("de"));
    }

    @Test
    void shouldRefuseEmptyOverlongAndUnsupportedRequests() {
        assertThrows(SynthesisException.class, () -> TestMedia.MARY.synthesize(SynthesisRequest.of("  ", "en")));
        assertThrows(SynthesisException.class, () -> TestMedia.MARY.synthesize(SynthesisRequest.of("a".repeat(100_000), "en")));
        assertThrows(SynthesisException.class, () -> TestMedia.MARY.synthesize(SynthesisRequest.of("Bonjour", "fr")));
        assertThrows(SynthesisException.class, () -> TestMedia.ESPEAK.synthesize(SynthesisRequest.of("Hello", "xx")));
        assertThrows(SynthesisException.class, () -> TestMedia.MARY.synthesize(SynthesisRequest.of("...", "en")));
    }
}
