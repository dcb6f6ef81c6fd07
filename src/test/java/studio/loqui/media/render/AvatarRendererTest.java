package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.Portrait;
import studio.loqui.media.face.PortraitLoader;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;
import studio.loqui.media.lipsync.MouthShape;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One render of the astronaut speaking, between a second of silence before and two after, measured. */
class AvatarRendererTest {

    private static final int FPS = 25;
    private static final int SIDE = 512;
    private static final double LEAD = 1.0;
    private static final double TAIL = 2.0;

    @TempDir
    static Path dir;

    private static float[] speech;
    private static Path video;
    private static RenderResult result;
    private static RenderedVideo rendered;
    private static PixelRegion animated;
    private static AvatarRenderer renderer;
    private static AvatarScene scene;

    @BeforeAll
    static void renderOnce() throws Exception {
        speech = MediaTestFiles.padded(MediaTestFiles.decodeMono16k(MediaTestFiles.voice("librivox-austen-0870.wav")), LEAD, TAIL);
        Path audio = dir.resolve("speech.wav");
        MediaTestFiles.writeWav(audio, speech);
        FaceAnalyzer faces = new FaceAnalyzer();
        LipSync lipSync = new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY));
        renderer = new AvatarRenderer(MediaTestFiles.ffmpeg(), AvatarLimits.DEFAULTS, faces, lipSync);
        video = dir.resolve("avatar.mp4");
        result = renderer.render(MediaTestFiles.astronaut(), audio, FPS, SIDE, ProgressListener.NONE, video);
        Portrait portrait = new PortraitLoader(AvatarLimits.DEFAULTS.maxImagePixels()).load(MediaTestFiles.astronaut());
        scene = AvatarScene.of(portrait, faces.analyze(portrait), SIDE);
        animated = new AvatarAnimation(scene, new MouthPose[] {MouthPose.REST}, FPS, 0).animatedRegion();
        rendered = new RenderedVideo(MediaTestFiles.decodeRgbFrames(video, SIDE), scene);
    }

    @Test
    void shouldLastAsLongAsTheAudioWithinOneFrame() throws Exception {
        double audioSeconds = speech.length / 16000.0;
        assertEquals(audioSeconds, result.durationSeconds(), 1.0 / FPS);
        double videoSeconds = Double.parseDouble(MediaTestFiles.probe(video, "stream=duration", "v:0"));
        assertEquals(audioSeconds, videoSeconds, 1.0 / FPS);
        double fileSeconds = Double.parseDouble(MediaTestFiles.probe(video, "format=duration", null));
        assertEquals(audioSeconds, fileSeconds, 1.0 / FPS);
    }

    @Test
    void shouldReportTheFramesReallyEncoded() throws Exception {
        int counted = Integer.parseInt(MediaTestFiles.probe(video, "stream=nb_frames", "v:0"));
        assertEquals(counted, result.framesGenerated());
        assertEquals(Math.round(speech.length / 16000.0 * FPS), counted);
    }

    @Test
    void shouldEncodeH264AndAacInYuv420WithTheIndexFirst() throws Exception {
        assertEquals("h264", MediaTestFiles.probe(video, "stream=codec_name", "v:0"));
        assertEquals("yuv420p", MediaTestFiles.probe(video, "stream=pix_fmt", "v:0"));
        assertEquals("aac", MediaTestFiles.probe(video, "stream=codec_name", "a:0"));
        assertEquals(SIDE + "x" + SIDE, MediaTestFiles.probe(video, "stream=width", "v:0") + "x"
                + MediaTestFiles.probe(video, "stream=height", "v:0"));
        String head = new String(Files.readAllBytes(video), 0, 4096, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(head.contains("moov"), "moov atom ahead of the media data (faststart)");
    }

    @Test
    void shouldOpenTheMouthWithTheSpeechEnvelope() {
        double[] opening = rendered.mouthOpening();
        double[] envelope = RenderedVideo.envelope(speech, FPS, opening.length);
        double r = RenderedVideo.pearson(opening, envelope);
        System.out.printf("mouth opening vs speech envelope: Pearson r = %.3f over %d frames%n", r, opening.length);
        assertTrue(r >= 0.6, "Pearson r " + r);
    }

    /** The same acceptance measured by a detector that is not the project's (OpenCV frontalface_default, dark-pixel mouth box). */
    @Test
    void shouldOpenTheMouthWithTheSpeechEnvelopeByAnotherDetector() throws Exception {
        studio.loqui.support.HaarMouthMeter meter = new studio.loqui.support.HaarMouthMeter();
        java.util.List<byte[]> frames = MediaTestFiles.decodeRgbFrames(video, SIDE);
        double[] envelope = RenderedVideo.envelope(speech, FPS, frames.size());
        java.util.List<double[]> seen = new java.util.ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            byte[] rgb = frames.get(f);
            byte[] bgr = new byte[rgb.length];
            for (int i = 0; i < rgb.length; i += 3) {
                bgr[i] = rgb[i + 2];
                bgr[i + 1] = rgb[i + 1];
                bgr[i + 2] = rgb[i];
            }
            double open = meter.opening(bgr, SIDE, SIDE);
            if (!Double.isNaN(open)) {
                seen.add(new double[] {open, envelope[f]});
            }
        }
        double r = RenderedVideo.pearson(seen.stream().mapToDouble(p -> p[0]).toArray(),
                seen.stream().mapToDouble(p -> p[1]).toArray());
        System.out.printf("second detector: mouth opening vs speech envelope: Pearson r = %.3f over %d of %d frames%n",
                r, seen.size(), frames.size());
        assertTrue(seen.size() > 0.9 * frames.size(), "the second detector saw the face in " + seen.size());
        assertTrue(r >= 0.6, "Pearson r " + r);
    }

    @Test
    void shouldOpenTheMouthWithTheOtherVoiceToo() throws Exception {
        float[] other = MediaTestFiles.padded(MediaTestFiles.decodeMono16k(MediaTestFiles.voice("librivox-austen-0890.wav")), 0.5, 0.5);
        Path audio = dir.resolve("other.wav");
        MediaTestFiles.writeWav(audio, other);
        Path otherVideo = dir.resolve("other.mp4");
        renderer.render(MediaTestFiles.astronaut(), audio, FPS, SIDE, ProgressListener.NONE, otherVideo);
        double[] opening = new RenderedVideo(MediaTestFiles.decodeRgbFrames(otherVideo, SIDE), scene).mouthOpening();
        double r = RenderedVideo.pearson(opening, RenderedVideo.envelope(other, FPS, opening.length));
        System.out.printf("second voice: mouth opening vs speech envelope: Pearson r = %.3f over %d frames%n", r, opening.length);
        assertTrue(r >= 0.6, "Pearson r " + r);
    }

    @Test
    void shouldKeepTheMouthClosedDuringSilence() {
        double[] opening = rendered.mouthOpening();
        int speechEnd = (int) ((speech.length / 16000.0 - TAIL) * FPS);
        double loudest = Arrays.stream(opening).max().orElse(0);
        for (int f = 0; f < opening.length; f++) {
            boolean leadSilence = f < (LEAD - 0.2) * FPS;
            boolean tailSilence = f > speechEnd + 0.3 * FPS;
            if (leadSilence || tailSilence) {
                assertTrue(opening[f] < 0.01, "frame " + f + " opening " + opening[f] + " (speech max " + loudest + ")");
            }
        }
        assertTrue(loudest > 0.1, "the mouth opens at all during speech: " + loudest);
    }

    @Test
    void shouldLeavePixelsOutsideTheFaceWithin45Decibels() throws Exception {
        long frameArea = (long) SIDE * SIDE;
        assertTrue(animated.area() < frameArea / 4, "animated region " + animated + " is the head, not the picture");
        double psnr = RenderedVideo.lumaPsnrOutside(MediaTestFiles.decodeLumaPlanes(video, SIDE), scene, animated);
        double viaRgb = rendered.psnrOutside(animated);
        System.out.printf("PSNR outside the animated region %s: coded luma %.2f dB, luma of decoded RGB %.2f dB%n",
                animated, psnr, viaRgb);
        assertTrue(psnr >= 45, "PSNR " + psnr);
        assertTrue(viaRgb >= 42, "PSNR of decoded RGB " + viaRgb);
    }

    @Test
    void shouldBlinkAtLeastOnceEverySixSeconds() {
        double[] eyes = rendered.eyeChange();
        double still = Arrays.stream(eyes).sorted().toArray()[eyes.length / 2];
        List<Integer> blinks = new ArrayList<>();
        for (int f = 0; f < eyes.length; f++) {
            boolean shut = eyes[f] > still + 8;
            if (shut && (f == 0 || eyes[f - 1] <= still + 8)) {
                blinks.add(f);
            }
        }
        System.out.printf("blinks seen at frames %s of %d (eye-area change median %.1f)%n", blinks, eyes.length, still);
        int longest = 0;
        int last = 0;
        for (int b : blinks) {
            longest = Math.max(longest, b - last);
            last = b;
        }
        longest = Math.max(longest, eyes.length - last);
        assertTrue(blinks.size() >= 1, "at least one blink");
        assertTrue(longest <= 6 * FPS, "never six seconds without a blink: longest stretch " + longest + " frames");
    }

    @Test
    void shouldDropTheChinAsTheMouthOpens() {
        double[] opening = rendered.mouthOpening();
        double[] chin = rendered.chinDrop();
        double r = RenderedVideo.pearson(opening, chin);
        double most = Arrays.stream(chin).max().orElse(0);
        System.out.printf("chin drop (block matching) vs mouth opening: Pearson r = %.3f, largest drop %.0f px%n", r, most);
        assertTrue(r >= 0.4, "Pearson r " + r);
        assertTrue(most >= 3, "the chin moves at all: " + most);
    }
}
