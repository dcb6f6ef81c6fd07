package studio.loqui.media.voiceprint;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real speakers: a man and a woman one after the other are two; each panel speaker alone is one. */
class SeveralSpeakersTest {

    private static final Path ALLISON = Path.of("/usr/share/asterisk/sounds/en_US_f_Allison");

    @Test
    void shouldFindTwoSpeakersInAManFollowedByAWoman() {
        PcmAudio man = TestMedia.realVoice(TestMedia.VOICE_0870);
        PcmAudio woman = TestMedia.DECODER.decode(ALLISON.resolve("vm-options.wav"), VoiceAnalyzer.ANALYSIS_RATE);
        Optional<String> why = check(CloneAcceptanceTest.concat(List.of(man, woman)));
        assertTrue(why.isPresent() && why.get().contains("2 speakers"), why.toString());
    }

    @Test
    void shouldFindOneSpeakerInEachPanelSpeakersSample() {
        for (SpeakerPanel speaker : SpeakerPanel.all()) {
            Optional<String> why = check(speaker.sample());
            assertTrue(why.isEmpty(), speaker.name() + ": " + why);
            why = check(speaker.second());
            assertTrue(why.isEmpty(), speaker.name() + " second: " + why);
        }
    }

    private static Optional<String> check(PcmAudio audio) {
        Transcript heard = TestMedia.RECOGNIZER.recognize(audio, "en");
        SpeechSpans spans = SpeechSpans.of(heard, audio.durationSeconds());
        System.out.println(spans.spans());
        return SeveralSpeakers.in(audio, spans);
    }
}
