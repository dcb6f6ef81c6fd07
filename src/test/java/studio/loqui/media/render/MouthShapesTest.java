package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.FaceLandmarks;
import studio.loqui.media.face.Portrait;
import studio.loqui.media.face.PortraitLoader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of the six mouth shapes held on the astronaut, encoded and decoded, then measured: where the
 * lips, the mouth corners and the chin went (block matching against the photo), how much of the mouth
 * is dark cavity and how much is teeth.
 */
class MouthShapesTest {

    private static final int SIDE = 512;
    private static final int FPS = 25;
    private static final int HOLD = 5;

    @TempDir
    static Path dir;

    private static final Map<Viseme, byte[]> frames = new EnumMap<>(Viseme.class);
    private static AvatarScene scene;
    private static FaceLandmarks l;
    private static PatchMotion motion;
    private static double w;

    @BeforeAll
    static void renderEachShape() throws Exception {
        Portrait portrait = new PortraitLoader(AvatarLimits.DEFAULTS.maxImagePixels()).load(MediaTestFiles.astronaut());
        scene = AvatarScene.of(portrait, new FaceAnalyzer().analyze(portrait), SIDE);
        l = scene.landmarks();
        w = l.distance(48, 54);
        motion = new PatchMotion(scene.rgb(), SIDE);
        Viseme[] shapes = Viseme.values();
        MouthPose[] poses = new MouthPose[shapes.length * HOLD];
        for (int i = 0; i < poses.length; i++) {
            poses[i] = shapes[i / HOLD].pose();
        }
        AvatarAnimation animation = new AvatarAnimation(scene, poses, FPS, 1);
        Path audio = dir.resolve("silence.wav");
        MediaTestFiles.writeWav(audio, new float[poses.length * 16000 / FPS]);
        Path video = dir.resolve("shapes.mp4");
        new VideoEncoder(MediaTestFiles.ffmpeg()).encode(SIDE, FPS, poses.length, audio, video,
                animation::frame, ProgressListener.NONE);
        List<byte[]> decoded = MediaTestFiles.decodeRgbFrames(video, SIDE);
        assertEquals(poses.length, decoded.size());
        for (int s = 0; s < shapes.length; s++) {
            frames.put(shapes[s], decoded.get(s * HOLD + HOLD / 2));
        }
        String dump = System.getenv("AVATAR_SHAPES_DIR");
        if (dump != null) {
            for (Map.Entry<Viseme, byte[]> e : frames.entrySet()) {
                writePng(e.getValue(), Path.of(dump, e.getKey().name().toLowerCase() + ".png"));
            }
        }
    }

    @Test
    void shouldDropTheChinAndLowerLipWhenOpen() {
        double chin = chinShift(Viseme.OPEN);
        double lowerLip = lowerLipShift(Viseme.OPEN)[1];
        System.out.printf("open: chin down %.1f px, lower lip down %.1f px (mouth width %.1f px)%n", chin, lowerLip, w);
        assertTrue(chin >= 0.2 * w, "chin down " + chin);
        assertTrue(lowerLip >= 0.2 * w, "lower lip down " + lowerLip);
        assertEquals(0, chinShift(Viseme.CLOSED), 0.5);
    }

    @Test
    void shouldMoveTheLipsOwnTextureNotAPaintedShape() {
        double[] lip = lowerLipShift(Viseme.OPEN);
        int dx = (int) lip[0], dy = (int) lip[1];
        double atRest = motion.error(frames.get(Viseme.OPEN), (int) l.x(57), (int) l.y(57), (int) (0.25 * w), (int) (0.06 * w), 0, 0);
        System.out.printf("open: lower-lip patch error %.1f at its new place, %.1f where it was%n", lip[2], atRest);
        assertTrue(lip[2] < 8, "the lower lip is found, moved, with its own pixels: error " + lip[2] + " at " + dx + "," + dy);
        assertTrue(atRest > 2 * lip[2], "and is no longer where it was: " + atRest);
    }

    @Test
    void shouldSpreadTheCornersForWideAndDrawThemInForRound() {
        double wideGrowth = cornerSpread(Viseme.WIDE);
        double roundGrowth = cornerSpread(Viseme.ROUND);
        System.out.printf("corner distance change: wide %+.1f px, round %+.1f px%n", wideGrowth, roundGrowth);
        assertTrue(wideGrowth >= 0.06 * w, "wide spreads the corners " + wideGrowth);
        assertTrue(roundGrowth <= -0.08 * w, "round draws them in " + roundGrowth);
    }

    @Test
    void shouldRaiseTheLowerLipForTheLipBite() {
        double[] lip = lowerLipShift(Viseme.LIP_BITE);
        System.out.printf("lip-bite: lower lip %.1f px (negative is up)%n", lip[1]);
        assertTrue(lip[1] <= -0.03 * w, "lower lip rises " + lip[1]);
    }

    @Test
    void shouldShowACavityOnlyWhenOpenAndKeepThePhotosOwnTeeth() {
        Map<Viseme, double[]> inside = new EnumMap<>(Viseme.class);
        for (Viseme v : Viseme.values()) {
            inside.put(v, mouthInside(frames.get(v)));
            System.out.printf("%-8s new dark %.3f  teeth %.3f  of the mouth box%n", v, inside.get(v)[0], inside.get(v)[1]);
        }
        double photoTeeth = mouthInside(scene.rgb())[1];
        assertTrue(inside.get(Viseme.CLOSED)[0] < 0.002, "closed opens nothing");
        assertTrue(inside.get(Viseme.CLOSED)[1] < 0.5 * photoTeeth,
                "closed: the lips meet over the smile's teeth: " + inside.get(Viseme.CLOSED)[1] + " of " + photoTeeth);
        assertTrue(inside.get(Viseme.OPEN)[0] > 0.05, "open shows a cavity");
        assertTrue(inside.get(Viseme.OPEN)[0] > 2 * inside.get(Viseme.ROUND)[0], "round opens less than open");
        assertTrue(inside.get(Viseme.ROUND)[0] > 0.005, "round opens a little");
        assertTrue(inside.get(Viseme.TEETH)[0] < inside.get(Viseme.OPEN)[0] / 3, "teeth shape: lips barely part");
        assertTrue(photoTeeth > 0.01, "the smiling photo shows teeth: " + photoTeeth);
        for (Viseme v : List.of(Viseme.OPEN, Viseme.WIDE, Viseme.TEETH)) {
            assertTrue(inside.get(v)[1] > 0.7 * photoTeeth, v + " keeps the photo's own teeth, not painted over");
        }
    }

    @Test
    void shouldShadeTheCavityRatherThanFillIt() {
        double[] stats = cavitySpread(frames.get(Viseme.OPEN));
        System.out.printf("open cavity: %d pixels, luma spread (sd) %.1f, largest step between neighbours %.0f%n",
                (int) stats[0], stats[1], stats[2]);
        assertTrue(stats[1] > 3, "the cavity is shaded, not a flat fill: sd " + stats[1]);
    }

    private double chinShift(Viseme v) {
        return motion.shift(frames.get(v), l.x(8), l.y(8) - 0.1 * w, (int) (0.3 * w), (int) (0.15 * w), (int) (0.4 * w))[1];
    }

    private double[] lowerLipShift(Viseme v) {
        return motion.shift(frames.get(v), l.x(57), l.y(57), (int) (0.25 * w), (int) (0.06 * w), (int) (0.4 * w));
    }

    private double cornerSpread(Viseme v) {
        int half = (int) (0.08 * w);
        double left = motion.shift(frames.get(v), l.x(48) - 0.05 * w, l.y(48), half, half, (int) (0.25 * w))[0];
        double right = motion.shift(frames.get(v), l.x(54) + 0.05 * w, l.y(54), half, half, (int) (0.25 * w))[0];
        return right - left;
    }

    // Share of the box from the lips to the chin that is newly dark (cavity) or bright and grey (teeth).
    private double[] mouthInside(byte[] frame) {
        int x0 = (int) (l.x(48) - 0.1 * w), x1 = (int) (l.x(54) + 0.1 * w);
        int y0 = (int) Math.min(l.y(50), l.y(52)), y1 = (int) l.y(8);
        int dark = 0, teeth = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double now = motion.luma(frame, x, y);
                double before = motion.luma(scene.rgb(), x, y);
                if (now < 70 && before - now > 24) {
                    dark++;
                }
                if (now > 160 && saturation(frame, x, y) < 0.2) {
                    teeth++;
                }
            }
        }
        double area = (x1 - x0) * (y1 - y0);
        return new double[] {dark / area, teeth / area};
    }

    private double[] cavitySpread(byte[] frame) {
        int x0 = (int) l.x(48), x1 = (int) l.x(54);
        int y0 = (int) Math.min(l.y(50), l.y(52)), y1 = (int) l.y(8);
        double sum = 0, squares = 0, step = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double now = motion.luma(frame, x, y);
                if (now < 70 && motion.luma(scene.rgb(), x, y) - now > 24) {
                    sum += now;
                    squares += now * now;
                    n++;
                    step = Math.max(step, Math.abs(now - motion.luma(frame, x, y + 1)));
                }
            }
        }
        double mean = sum / Math.max(1, n);
        return new double[] {n, Math.sqrt(Math.max(0, squares / Math.max(1, n) - mean * mean)), step};
    }

    private static double saturation(byte[] rgb, int x, int y) {
        int at = (y * SIDE + x) * 3;
        int r = rgb[at] & 0xFF, g = rgb[at + 1] & 0xFF, b = rgb[at + 2] & 0xFF;
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        return max == 0 ? 0 : (max - min) / (double) max;
    }

    private static void writePng(byte[] rgb, Path file) throws Exception {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int at = (y * SIDE + x) * 3;
                image.setRGB(x, y, (rgb[at] & 0xFF) << 16 | (rgb[at + 1] & 0xFF) << 8 | (rgb[at + 2] & 0xFF));
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
