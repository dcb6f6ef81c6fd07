package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.Portrait;
import studio.loqui.media.face.PortraitLoader;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.tts.PronunciationLexicon;
import studio.loqui.media.tts.SpeechTiming;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real recording (no synthesiser timings): Vosk's word times and MaryTTS's lexicon give the phones,
 * the avatar mouths them; the decoded video follows the speech and closes the lips for m, b, p.
 */
class HeardWordsMouthTest {

    private static final int FPS = 25;
    private static final int SIDE = 512;

    @TempDir
    static Path dir;

    private static float[] speech;
    private static List<SpeechTiming> phones;
    private static RenderedVideo rendered;
    private static AvatarScene scene;

    @BeforeAll
    static void hearAndRender() throws Exception {
        speech = MediaTestFiles.padded(MediaTestFiles.decodeMono16k(MediaTestFiles.voice(TestMedia.VOICE_0870)), 1.0, 1.0);
        Transcript heard = TestMedia.RECOGNIZER.recognize(new PcmAudio(speech, 16000), "en");
        List<SpeechTiming> words = heard.words().stream()
                .map(w -> new SpeechTiming(w.word(), w.startSeconds(), w.endSeconds())).toList();
        phones = PronunciationLexicon.english().timedPhones(words);
        Path audio = dir.resolve("speech.wav");
        MediaTestFiles.writeWav(audio, speech);
        AvatarRenderer renderer = new AvatarRenderer(MediaTestFiles.ffmpeg(), AvatarLimits.DEFAULTS, new FaceAnalyzer(),
                new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY)));
        Path video = dir.resolve("heard.mp4");
        renderer.render(MediaTestFiles.astronaut(), audio, phones, FPS, SIDE, ProgressListener.NONE, video);
        Portrait portrait = new PortraitLoader(AvatarLimits.DEFAULTS.maxImagePixels()).load(MediaTestFiles.astronaut());
        scene = AvatarScene.of(portrait, new FaceAnalyzer().analyze(portrait), SIDE);
        rendered = new RenderedVideo(MediaTestFiles.decodeRgbFrames(video, SIDE), scene);
    }

    @Test
    void shouldLookUpWordsAndGuessUnknownOnes() {
        PronunciationLexicon lexicon = PronunciationLexicon.english();
        assertEquals(List.of("m", "V", "tS"), lexicon.phones("much"));
        assertTrue(lexicon.phones("dashwoodly").size() >= 6, "letter-to-sound: " + lexicon.phones("dashwoodly"));
    }

    @Test
    void shouldFollowTheSpeechEnvelope() {
        double[] opening = rendered.mouthOpening();
        double r = RenderedVideo.pearson(opening, RenderedVideo.envelope(speech, FPS, opening.length));
        System.out.printf("heard words + lexicon: mouth opening vs speech envelope r = %.3f over %d frames, %d phones%n",
                r, opening.length, phones.size());
        // Lower than the network alone (0.78 on this clip): the lips now shut for voiced m, b, p, which
        // the envelope counts as loud. Kept out of the upload path until it reaches the 0.6.
        assertTrue(r >= 0.5, "Pearson r " + r);
    }

    @Test
    void shouldCoverTheTeethForBilabials() {
        double[] teeth = rendered.teethShare();
        double photo = new RenderedVideo(List.of(scene.rgb()), scene).teethShare()[0];
        double sum = 0;
        int n = 0;
        for (SpeechTiming p : phones) {
            if (p.label().equals("m") || p.label().equals("b") || p.label().equals("p")) {
                sum += teeth[(int) ((p.startSeconds() + p.endSeconds()) / 2 * FPS)];
                n++;
            }
        }
        System.out.printf("heard words: teeth share at %d m/b/p middles %.4f, photo %.4f%n", n, sum / n, photo);
        assertTrue(n >= 4, "bilabials in the transcript: " + phones);
        assertTrue(sum / n < 0.6 * photo, "lips over the teeth for m, b, p: " + sum / n);
    }
}
