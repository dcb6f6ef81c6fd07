package studio.loqui.media.separation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.support.TestMusic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real reader over chords the test makes: in the background the spectral subtraction leaves, the chords keep
 * their level within 3 dB (inside the speech, where it works, and between phrases, where it must not) and Vosk
 * hears at most a tenth of the reader's words.
 */
@Tag("voice")
class SpectralSpeechRemoverTest {

    private static final int RATE = 32000;

    /** Music 6, 17 and 26 dB under the voice (RMS): the quieter, the more the voice hides the notes it crosses. */
    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.006, 0.002})
    void shouldKeepTheMusicAndTakeOutTheSpeech(double toneAmplitude) {
        PcmAudio voice = Resampler.toRate(padded(TestMedia.realVoice(TestMedia.VOICE_0870), 1.0, 2.0), RATE);
        PcmAudio music = TestMusic.chords(voice.durationSeconds(), RATE, toneAmplitude);
        PcmAudio mix = TestMusic.mix(voice, music);
        Transcript heardInMix = TestMedia.RECOGNIZER.recognize(Resampler.toRate(mix, 16000), "en");
        SpeechSpans spans = SpeechSpans.of(heardInMix, mix.durationSeconds());
        assertTrue(originalWordsHeard(heardInMix.text()) >= 0.7, "Vosk should hear the reader over the music: "
                + heardInMix.text());

        PcmAudio background = new SpectralSpeechRemover().background(mix, spans);

        assertEquals(mix.length(), background.length());
        double inSpeech = TestMusic.levelDb(background, spans::contains) - TestMusic.levelDb(music, spans::contains);
        double between = TestMusic.levelDb(background, t -> !spans.contains(t))
                - TestMusic.levelDb(music, t -> !spans.contains(t));
        String heard = TestMedia.RECOGNIZER.recognize(Resampler.toRate(background, 16000), "en").text();
        double wordsLeft = originalWordsHeard(heard);
        System.out.printf("Speech removal: music %+.2f dB inside speech, %+.2f dB between; Vosk hears %.0f %% of the"
                + " words in the background (\"%s\")%n", inSpeech, between, 100 * wordsLeft, heard);
        assertEquals(0, inSpeech, 3.0, "music level under the speech");
        assertEquals(0, between, 3.0, "music level between phrases");
        assertTrue(wordsLeft <= 0.10, "the background still speaks: " + heard);
    }

    /**
     * Two sentences with 1.2 s between, over chords 17 dB under the voice, the spans widened as a dub widens them:
     * where the voice fills a bin for a whole sentence, only the cap at what the bin held between phrases keeps its
     * words out (Vosk heard 11 % of them without it).
     */
    @Test
    void shouldKeepTheWordsOutOfTheBackgroundOfTwoSentences() {
        PcmAudio first = Resampler.toRate(TestMedia.realVoice(TestMedia.VOICE_0870), RATE);
        PcmAudio second = Resampler.toRate(TestMedia.realVoice(TestMedia.VOICE_0890), RATE);
        float[] reading = new float[16 * RATE];
        System.arraycopy(first.samples(), 0, reading, RATE, first.length());
        int at = RATE + first.length() + (int) (1.2 * RATE);
        System.arraycopy(second.samples(), 0, reading, at, Math.min(second.length(), reading.length - at));
        PcmAudio music = TestMusic.chords(16.0, RATE, 0.006);
        PcmAudio mix = TestMusic.mix(new PcmAudio(reading, RATE), music);
        SpeechSpans spans = SpeechSpans.of(TestMedia.RECOGNIZER.recognize(Resampler.toRate(mix, 16000), "en"),
                mix.durationSeconds());

        PcmAudio background = new SpectralSpeechRemover().background(mix, spans.widened(0.15, mix.durationSeconds()));

        double inSpeech = TestMusic.levelDb(background, spans::contains) - TestMusic.levelDb(music, spans::contains);
        String heard = TestMedia.RECOGNIZER.recognize(Resampler.toRate(background, 16000), "en").text();
        double wordsLeft = wordsHeard(heard, TestMedia.TEXT_0870 + " " + TEXT_0890);
        System.out.printf("Two sentences: music %+.2f dB inside speech; Vosk hears %.0f %% of the words (\"%s\")%n",
                inSpeech, 100 * wordsLeft, heard);
        assertEquals(0, inSpeech, 3.0, "music level under the speech");
        assertTrue(wordsLeft <= 0.05, "the background still speaks: " + heard);
    }

    private static final String TEXT_0890 = "unless to be rather cold hearted and rather selfish is to be ill disposed";

    /** The share of the reference's words that a transcript contains (each reference word counted once). */
    static double originalWordsHeard(String heard) {
        return wordsHeard(heard, TestMedia.TEXT_0870);
    }

    private static double wordsHeard(String heard, String said) {
        List<String> left = new ArrayList<>(Arrays.asList(said.split(" ")));
        int total = left.size();
        for (String word : heard.toLowerCase().split("\\s+")) {
            left.remove(word);
        }
        return (total - left.size()) / (double) total;
    }

    static PcmAudio padded(PcmAudio audio, double before, double after) {
        int lead = (int) (before * audio.sampleRate());
        float[] out = new float[lead + audio.length() + (int) (after * audio.sampleRate())];
        System.arraycopy(audio.samples(), 0, out, lead, audio.length());
        return new PcmAudio(out, audio.sampleRate());
    }
}
