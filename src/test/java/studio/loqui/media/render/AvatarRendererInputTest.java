package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaInputRejected;
import studio.loqui.media.MediaTestFiles;
import studio.loqui.media.face.FaceAnalyzer;
import studio.loqui.media.face.FaceDetector;
import studio.loqui.media.face.LandmarkLocator;
import studio.loqui.media.face.ImageRejectedException;
import studio.loqui.media.face.NoFaceFoundException;
import studio.loqui.media.lipsync.LipSync;
import studio.loqui.media.lipsync.LipSyncModel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvatarRendererInputTest {

    private static final Path SPEECH = MediaTestFiles.voice("librivox-austen-0890.wav");

    @TempDir
    static Path dir;

    private static AvatarRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        LipSync lipSync = new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY));
        renderer = new AvatarRenderer(MediaTestFiles.ffmpeg(), new AvatarLimits(40_000_000L, 8), new FaceAnalyzer(), lipSync);
    }

    @Test
    void shouldRefuseATextFileAsImage() throws Exception {
        Path text = Files.writeString(dir.resolve("face.jpg"), "hello");
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> render(text, SPEECH));
        assertEquals(MediaInputRejected.Problem.INVALID, e.problem());
    }

    @Test
    void shouldRefuseACorruptImage() throws Exception {
        byte[] png = Files.readAllBytes(MediaTestFiles.astronaut());
        Path broken = Files.write(dir.resolve("broken.png"), Arrays.copyOf(png, png.length / 3));
        assertThrows(ImageRejectedException.class, () -> render(broken, SPEECH));
    }

    @Test
    void shouldRefuseAFacelessImage() throws Exception {
        Path sky = dir.resolve("sky.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", sky.toFile());
        assertThrows(NoFaceFoundException.class, () -> render(sky, SPEECH));
    }

    @Test
    void shouldRefuseAudioThatIsNotAudio() throws Exception {
        Path text = Files.writeString(dir.resolve("speech.wav"), "not really a wave file");
        AudioRejectedException e = assertThrows(AudioRejectedException.class, () -> render(MediaTestFiles.astronaut(), text));
        assertEquals(MediaInputRejected.Problem.INVALID, e.problem());
    }

    @Test
    void shouldRefuseAudioLongerThanTheLimit() throws Exception {
        Path longSpeech = dir.resolve("long.wav");
        MediaTestFiles.writeWav(longSpeech, new float[16000 * 9]);
        AudioRejectedException e = assertThrows(AudioRejectedException.class,
                () -> render(MediaTestFiles.astronaut(), longSpeech));
        assertTrue(e.getMessage().contains("longer"), e.getMessage());
    }

    @Test
    void shouldRefuseMissingFiles() {
        assertThrows(ImageRejectedException.class, () -> render(dir.resolve("absent.png"), SPEECH));
        assertThrows(AudioRejectedException.class, () -> render(MediaTestFiles.astronaut(), dir.resolve("absent.wav")));
    }

    @Test
    void shouldRefuseUnsupportedSettings() {
        Path out = dir.resolve("never.mp4");
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(MediaTestFiles.astronaut(), SPEECH, 5, 512, ProgressListener.NONE, out));
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(MediaTestFiles.astronaut(), SPEECH, 25, 300, ProgressListener.NONE, out));
    }

    @Test
    void shouldStopBetweenFramesWhenCancelledAndLeaveNoFile() {
        Path out = dir.resolve("cancelled.mp4");
        int[] seen = {0};
        ProgressListener cancelAfterTen = new ProgressListener() {
            @Override
            public void framesDone(int done, int total) {
                seen[0] = done;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 10;
            }
        };
        assertThrows(RenderCancelledException.class,
                () -> renderer.render(MediaTestFiles.astronaut(), SPEECH, 25, 256, cancelAfterTen, out));
        assertEquals(10, seen[0]);
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("cancelled.mp4.part")));
    }

    @Test
    void shouldStillAnimateWithFaceProportionsWhenTheLandmarkModelIsMissing() throws Exception {
        FaceAnalyzer proportional = new FaceAnalyzer(new FaceDetector(), new LandmarkLocator(Path.of("/nonexistent.dat")));
        AvatarRenderer fallback = new AvatarRenderer(MediaTestFiles.ffmpeg(), AvatarLimits.DEFAULTS, proportional,
                new LipSync(LipSyncModel.load(LipSyncModel.DEFAULT_DIRECTORY)));
        Path out = dir.resolve("fallback.mp4");
        RenderResult result = fallback.render(MediaTestFiles.astronaut(), SPEECH, 25, 256, ProgressListener.NONE, out);
        assertTrue(result.framesGenerated() > 100);
        assertEquals(String.valueOf(result.framesGenerated()), MediaTestFiles.probe(out, "stream=nb_frames", "v:0"));
    }

    private static RenderResult render(Path image, Path audio) {
        return renderer.render(image, audio, 25, 256, ProgressListener.NONE, dir.resolve("out.mp4"));
    }
}
