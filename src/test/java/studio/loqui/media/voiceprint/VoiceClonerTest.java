package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.YinPitchTracker;
import studio.loqui.media.tts.SynthesisException;
import studio.loqui.media.tts.SynthesizerChooser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceClonerTest {

    private final VoiceAnalyzer analyzer = new VoiceAnalyzer();
    private final VoiceCloner cloner = new VoiceCloner(new SynthesizerChooser(List.of(TestMedia.MARY, TestMedia.ESPEAK)),
            new VoiceConverter(analyzer), new SpeakerSimilarity(analyzer), List.of(TestMedia.RECOGNIZER));

    @Test
    void shouldSpeakEnglishInTheReferenceVoiceAndHearItBack() {
        VoiceProfileData voice = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0870));
        String text = "I will call you again tomorrow morning after the meeting.";
        ClonedSpeech speech = cloner.speak(text, "en", voice);
        assertEquals("marytts", speech.engine());
        assertFalse(speech.plan().movesPitchOrTime(), "MaryTTS should have spoken at the voice's pitch: " + speech.plan());
        double f0 = YinPitchTracker.forSpeech().track(speech.audio()).medianHz();
        assertEquals(0, PitchTrack.semitones(f0) - PitchTrack.semitones(voice.medianF0Hz()), 1.0, "F0 " + f0);
        double plain = new SpeakerSimilarity(analyzer).score(TestMedia.mary(text), voice);
        assertTrue(speech.similarity() > plain, "similarity " + speech.similarity() + ", unmodified engine " + plain);
        assertTrue(speech.wordErrorRate() <= VoiceCloner.RERENDER_ABOVE_WER,
                "heard '" + speech.heard() + "' WER " + speech.wordErrorRate());
    }

    @Test
    void shouldTimeTheClonedSpeechesPhonesToItsOwnLength() {
        VoiceProfileData voice = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0870));
        ClonedSpeech speech = cloner.speak("Bob may move five big boxes.", "en", voice);
        double seconds = speech.audio().durationSeconds();
        double lastEnd = speech.phones().get(speech.phones().size() - 1).endSeconds();
        System.out.printf("cloned speech %.2f s, %d phones, last ends at %.2f s%n", seconds, speech.phones().size(), lastEnd);
        assertTrue(speech.phones().size() >= 15, "phones " + speech.phones());
        assertEquals(seconds, lastEnd, 0.15, "the phones span the converted audio");
        assertTrue(speech.phones().stream().anyMatch(p -> p.label().equals("b")), "phones " + speech.phones());
    }

    @Test
    void shouldSpeakOtherLanguagesWithoutAnOutputCheck() {
        VoiceProfileData voice = analyzer.analyze(TestMedia.realVoice(TestMedia.VOICE_0890));
        ClonedSpeech speech = cloner.speak("Guten Morgen, ich rufe Sie morgen wieder an.", "de", voice);
        assertEquals("espeak-ng", speech.engine());
        assertNull(speech.heard());
        assertTrue(speech.audio().durationSeconds() > 1.5);
        assertThrows(SynthesisException.class, () -> cloner.speak("qapla'", "tlh", voice));
        assertThrows(SynthesisException.class, () -> cloner.speak("", "en", voice));
    }
}
