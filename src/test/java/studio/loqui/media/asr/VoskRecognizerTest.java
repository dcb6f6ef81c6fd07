package studio.loqui.media.asr;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.models.BundledModels;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoskRecognizerTest {

    static final VoskRecognizer VOSK = new VoskRecognizer();
    static final double MUSIC_DB_BELOW_SPEECH = 12;

    @Test
    void shouldBeAvailableNamingEngineAndModel() {
        assertTrue(VOSK.available(), VOSK.detail());
        assertTrue(VOSK.detail().contains("Vosk 0.3.45") && VOSK.detail().contains("vosk-model-small-en-us-0.15"), VOSK.detail());
        assertEquals(java.util.Set.of("en", "en-us"), VOSK.languages());
    }

    @Test
    void shouldSayTheModelIsMissingWhenThisServerHasNone() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "no-loqui-models");
            VoskRecognizer missing = new VoskRecognizer(new BundledModels(nowhere, nowhere, empty), 1);
            assertFalse(missing.available());
            assertTrue(missing.detail().contains("not on the class path"), missing.detail());
            assertThrows(RecognitionException.class, () -> missing.recognize(TestMedia.realVoice(TestMedia.VOICE_0890), "en"));
        }
    }

    @Test
    void shouldTranscribeRealSpeechWithAtMostTenPercentWordErrors() throws IOException {
        double wer = wordErrorRate("clean", SpeechClips.all(), clip -> clip);
        assertTrue(wer <= 0.10, "WER " + wer);
    }

    @Test
    void shouldTranscribeSpeechOverMusicTwelveDecibelsDownWithAtMostThirtyPercentWordErrors() throws IOException {
        double wer = wordErrorRate("music 12 dB under", SpeechClips.all(), speech -> MusicBed.under(speech, MUSIC_DB_BELOW_SPEECH));
        assertTrue(wer <= 0.30, "WER with music " + wer);
    }

    @Test
    void shouldGiveWordsInOrderWithinTheAudio() {
        PcmAudio speech = TestMedia.realVoice(TestMedia.VOICE_0870);
        List<Transcript.Word> words = VOSK.recognize(speech, "en-US").words();
        assertFalse(words.isEmpty());
        for (int i = 0; i < words.size(); i++) {
            Transcript.Word w = words.get(i);
            assertTrue(w.startSeconds() >= 0 && w.endSeconds() > w.startSeconds(), w.toString());
            assertTrue(w.endSeconds() <= speech.durationSeconds() + 0.05, w.toString());
            assertTrue(w.confidence() >= 0 && w.confidence() <= 1, w.toString());
            if (i > 0) {
                assertTrue(w.startSeconds() >= words.get(i - 1).endSeconds() - 1e-6, words.get(i - 1) + " then " + w);
            }
        }
    }

    @Test
    void shouldLoadTheModelOnceForEveryCall() {
        PcmAudio speech = TestMedia.realVoice(TestMedia.VOICE_0890);
        VOSK.recognize(speech, "en");
        var first = VOSK.loadedModel();
        VOSK.recognize(speech, "en");
        assertSame(first, VOSK.loadedModel());
    }

    @Test
    void shouldHearTheSameWordsAtTheSameTimesWithAWarmRecognizer() {
        VoskRecognizer fresh = new VoskRecognizer();
        PcmAudio first = TestMedia.realVoice(TestMedia.VOICE_0870);
        PcmAudio second = TestMedia.realVoice(TestMedia.VOICE_0890);
        List<Transcript.Word> cold = fresh.recognize(second, "en").words();
        fresh.recognize(first, "en");
        fresh.recognize(second, "en");
        List<Transcript.Word> warm = fresh.recognize(second, "en").words();
        assertEquals(cold.stream().map(Transcript.Word::word).toList(), warm.stream().map(Transcript.Word::word).toList());
        for (int i = 0; i < cold.size(); i++) {
            // within one output frame of the model (3 x 10 ms): a warm search may settle a boundary a frame apart
            assertEquals(cold.get(i).startSeconds(), warm.get(i).startSeconds(), 0.031, cold.get(i) + " / " + warm.get(i));
            assertEquals(cold.get(i).endSeconds(), warm.get(i).endSeconds(), 0.031, cold.get(i) + " / " + warm.get(i));
        }
        assertEquals(1, fresh.warmRecognizers());
        fresh.close();
    }

    @Test
    void shouldNotKeepALiveRecognizerAbandonedMidway() {
        VoskRecognizer fresh = new VoskRecognizer();
        fresh.recognize(TestMedia.realVoice(TestMedia.VOICE_0890), "en");
        assertEquals(1, fresh.warmRecognizers());
        try (LiveRecognition live = fresh.listen("en")) {
            assertEquals(0, fresh.warmRecognizers());
            live.accept(new byte[3200], 3200);
        }
        assertEquals(0, fresh.warmRecognizers());
        fresh.close();
    }

    @Test
    void shouldHearTheSameWordsAt48kHz() {
        PcmAudio speech = TestMedia.DECODER.decode(TestMedia.voiceFile(TestMedia.VOICE_0890), 48000);
        String heard = VOSK.recognize(speech, "en").text();
        assertTrue(WordErrorRate.compute("unless to be rather cold hearted and rather selfish is to be ill disposed", heard).rate() <= 0.15, heard);
    }

    @Test
    void shouldRefuseALanguageWithoutModel() {
        assertThrows(RecognitionException.class, () -> VOSK.recognize(new PcmAudio(new float[16000], 16000), "de"));
    }

    @Test
    void shouldRefuseAudioBelowSixteenKilohertz() {
        assertThrows(RecognitionException.class, () -> VOSK.recognize(new PcmAudio(new float[8000], 8000), "en"));
    }

    @Test
    void shouldPreferVoskOverPocketSphinx() {
        RecognizerChooser chooser = new RecognizerChooser(List.of(TestMedia.SPHINX, VOSK));
        assertSame(VOSK, chooser.choose("en-gb").orElseThrow().recognizer());
        assertEquals(List.of("vosk", "pocketsphinx"), chooser.enginesByLanguage().get("en"), "best first");
    }

    private static double wordErrorRate(String condition, List<SpeechClips.Clip> clips, UnaryOperator<PcmAudio> mix) {
        int errors = 0;
        int words = 0;
        for (SpeechClips.Clip clip : clips) {
            String heard = VOSK.recognize(mix.apply(clip.audio()), "en").text();
            WordErrorRate.Result r = WordErrorRate.compute(clip.reference(), heard);
            System.out.printf(Locale.ROOT, "%s, %s: WER %.3f heard '%s'%n", condition, clip.name(), r.rate(), heard);
            errors += r.errors();
            words += r.referenceWords();
        }
        double wer = errors / (double) words;
        System.out.printf(Locale.ROOT, "Vosk WER, %s, over %d clips, %d words: %.3f%n", condition, clips.size(), words, wer);
        return wer;
    }
}
