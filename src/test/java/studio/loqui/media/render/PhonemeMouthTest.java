package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;
import studio.loqui.media.TestMedia;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.FaceLandmarks;
import studio.loqui.media.face.Portrait;
import studio.loqui.media.face.PortraitLoader;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.tts.SpeechTiming;
import studio.loqui.media.tts.SynthesisRequest;
import studio.loqui.media.tts.SynthesisResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MaryTTS speaks a sentence full of lip closures, lip-teeth contacts, "ee" and "oo"; the avatar is
 * rendered from its phone timings, and the decoded video is measured at each phone's middle frame.
 */
class PhonemeMouthTest {

    private static final int FPS = 25;
    private static final int SIDE = 512;
    private static final String TEXT = "Bob may move five big boxes, and we see you soon.";

    @TempDir
    static Path dir;

    private static List<SpeechTiming> phones;
    private static List<byte[]> frames;
    private static AvatarScene scene;
    private static RenderedVideo rendered;

    @BeforeAll
    static void speakAndRender() throws Exception {
        SynthesisResult spoken = TestMedia.MARY.synthesize(new SynthesisRequest(TEXT, "en", null, true));
        phones = spoken.phonemes();
        Path audio = dir.resolve("mary.wav");
        MediaTestFiles.writeWav(audio, spoken.audio().samples());
        AvatarRenderer renderer = new AvatarRenderer(MediaTestFiles.ffmpeg(), AvatarLimits.DEFAULTS, new FaceAnalyzer(),
                new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY)));
        Path video = dir.resolve("mary.mp4");
        renderer.render(MediaTestFiles.astronaut(), audio, phones, FPS, SIDE, ProgressListener.NONE, video);
        Portrait portrait = new PortraitLoader(AvatarLimits.DEFAULTS.maxImagePixels()).load(MediaTestFiles.astronaut());
        scene = AvatarScene.of(portrait, new FaceAnalyzer().analyze(portrait), SIDE);
        frames = MediaTestFiles.decodeRgbFrames(video, SIDE);
        rendered = new RenderedVideo(frames, scene);
    }

    @Test
    void shouldCloseTheLipsForEveryBilabialAndOpenForTheVowels() {
        double[] opening = rendered.mouthOpening();
        double closures = mean(opening, middles("p", "b", "m"));
        double open = mean(opening, middles("A", "aI", "V", "{"));
        System.out.printf("new cavity share at phone middles: m/b/p %.4f (%d phones), open vowels %.4f%n",
                closures, middles("p", "b", "m").size(), open);
        assertTrue(middles("p", "b", "m").size() >= 5, "MaryTTS gave the sentence's closures: " + phones);
        assertTrue(open > 0.03, "open vowels open the mouth: " + open);
        assertTrue(closures < open / 4, "no cavity for m, b, p: " + closures + " against " + open);
    }

    @Test
    void shouldPressTheLipsTogetherOverTheSmilesTeethForBilabials() {
        double[] teeth = rendered.teethShare();
        double closures = mean(teeth, middles("p", "b", "m"));
        double photo = new RenderedVideo(List.of(scene.rgb()), scene).teethShare()[0];
        System.out.printf("teeth share of the mouth box: photo %.4f, at m/b/p middles %.4f%n", photo, closures);
        assertTrue(photo > 0.01, "the photo smiles with teeth: " + photo);
        assertTrue(closures < 0.5 * photo, "the lips cover them for m, b, p: " + closures);
    }

    @Test
    void shouldRaiseTheLowerLipForFAndV() {
        FaceLandmarks l = scene.landmarks();
        double w = l.distance(48, 54);
        PatchMotion motion = new PatchMotion(scene.rgb(), SIDE);
        double lipBite = meanShift(motion, l, w, middles("f", "v"));
        double vowels = meanShift(motion, l, w, middles("A", "aI", "V", "{"));
        System.out.printf("lower lip at f/v %.1f px, at open vowels %.1f px (negative is up)%n", lipBite, vowels);
        assertTrue(lipBite < 0, "the lower lip rises for f and v: " + lipBite);
        assertTrue(vowels > lipBite + 3, "and drops for open vowels: " + vowels);
    }

    @Test
    void shouldSpreadForEeAndRoundForOo() {
        FaceLandmarks l = scene.landmarks();
        double w = l.distance(48, 54);
        PatchMotion motion = new PatchMotion(scene.rgb(), SIDE);
        double ee = meanCorners(motion, l, w, middles("i"));
        double oo = meanCorners(motion, l, w, middles("u"));
        System.out.printf("mouth-corner distance change: ee %+.1f px, oo %+.1f px%n", ee, oo);
        assertTrue(ee > oo + 3, "ee is wider than oo: " + ee + " vs " + oo);
    }

    private static List<Integer> middles(String... labels) {
        List<Integer> out = new ArrayList<>();
        for (SpeechTiming p : phones) {
            for (String label : labels) {
                if (p.label().equals(label)) {
                    out.add((int) ((p.startSeconds() + p.endSeconds()) / 2 * FPS));
                }
            }
        }
        return out;
    }

    private static double mean(double[] values, List<Integer> at) {
        return at.stream().filter(f -> f < values.length).mapToDouble(f -> values[f]).average().orElse(Double.NaN);
    }

    private static double meanShift(PatchMotion motion, FaceLandmarks l, double w, List<Integer> at) {
        return at.stream().filter(f -> f < frames.size()).mapToDouble(f -> motion.shift(frames.get(f), l.x(57), l.y(57),
                (int) (0.25 * w), (int) (0.06 * w), (int) (0.4 * w))[1]).average().orElse(Double.NaN);
    }

    private static double meanCorners(PatchMotion motion, FaceLandmarks l, double w, List<Integer> at) {
        int half = (int) (0.08 * w);
        return at.stream().filter(f -> f < frames.size()).mapToDouble(f ->
                motion.shift(frames.get(f), l.x(54) + 0.05 * w, l.y(54), half, half, (int) (0.25 * w))[0]
                        - motion.shift(frames.get(f), l.x(48) - 0.05 * w, l.y(48), half, half, (int) (0.25 * w))[0])
                .average().orElse(Double.NaN);
    }
}
