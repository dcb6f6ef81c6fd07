package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PocketSphinxRecognizerTest {

    @Test
    void shouldRecogniseSynthesisedSpeechAsTheTextItWasAskedToSay() {
        String text = "Please call me back as soon as you get home tonight.";
        PcmAudio speech = TestMedia.mary(text);
        Transcript transcript = TestMedia.SPHINX.recognize(speech, "en");
        double wer = WordErrorRate.compute(text, transcript.text()).rate();
        assertTrue(wer <= 0.25, "heard '" + transcript.text() + "', WER " + wer);
    }

    @Test
    void shouldTranscribeRealSpeechWithOrderedWordTimes() {
        PcmAudio speech = TestMedia.realVoice(TestMedia.VOICE_0870);
        Transcript transcript = TestMedia.SPHINX.recognize(speech, "en-US");
        double wer = WordErrorRate.compute(TestMedia.TEXT_0870.replace("mister", "mr"), transcript.text()).rate();
        assertTrue(wer <= 0.5, "heard '" + transcript.text() + "', WER " + wer);
        for (int i = 1; i < transcript.words().size(); i++) {
            assertTrue(transcript.words().get(i).startSeconds() >= transcript.words().get(i - 1).endSeconds() - 1e-6);
        }
        assertTrue(transcript.words().get(transcript.words().size() - 1).endSeconds() <= speech.durationSeconds() + 0.1);
    }

    @Test
    void shouldRefuseALanguageWithoutModel() {
        assertThrows(RecognitionException.class,
                () -> TestMedia.SPHINX.recognize(new PcmAudio(new float[16000], 16000), "de"));
    }
}
