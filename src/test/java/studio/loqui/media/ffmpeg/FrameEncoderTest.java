package studio.loqui.media.ffmpeg;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.music.MusicComposer;
import studio.loqui.media.music.Soundtrack;
import studio.loqui.media.picture.ScenePainter;
import studio.loqui.media.picture.Storyboard;
import studio.loqui.media.picture.StoryboardArtwork;
import studio.loqui.media.picture.StoryboardFrames;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameEncoderTest {

    private static final int W = 640;
    private static final int H = 360;
    private static final int FPS = 8;
    private static final Storyboard BOARD = new Storyboard(3,
            List.of(new Storyboard.Shot("A lake at night", 0, 1), new Storyboard.Shot("A lake at night Birds", 1, 2),
                    new Storyboard.Shot("Birds over the forest", 2, 3)),
            List.of(new Storyboard.Caption("A lake at night", 0, 1.5),
                    new Storyboard.Caption("Birds over the forest", 1.5, 3)));

    /**
     * 3 s at 8 fps is 24 frames, drawn on several threads; three shots, each painted when it first shows and never
     * again; every frame of the film is the one drawn for its place (closer to it than to its neighbours), in its
     * colours.
     */
    @Test
    void shouldWriteEveryFrameInOrderAndPaintEachPictureOnce() throws Exception {
        Path wav = Files.createTempFile("film", ".wav");
        Path out = Files.createTempFile("film", ".mp4");
        try {
            Files.write(wav, WavFiles.encode(Soundtrack.mix(3, List.of(), new MusicComposer().compose(3, "pop", "happy"))));
            AtomicInteger painted = new AtomicInteger();
            AtomicInteger frames = new AtomicInteger();
            File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            StoryboardArtwork art = new StoryboardArtwork(new ScenePainter(), BOARD, W, H,
                    i -> painted.incrementAndGet());
            new FrameEncoder(dir.toPath().resolve("ffmpeg")).encode(
                    new FrameEncoder.Format(W, H, FPS, 800_000, Soundtrack.SAMPLE_RATE),
                    FrameEncoder.frameCount(BOARD.seconds(), FPS), () -> new StoryboardFrames(art, FPS)::draw, wav, out,
                    (done, total) -> frames.set(done));
            assertEquals(24, frames.get());
            assertEquals(3, painted.get());
            assertTrue(FramePipeline.drawers() > 1 || Runtime.getRuntime().availableProcessors() == 1);
            byte[][] decoded = decode(dir.toPath().resolve("ffmpeg"), out, 24);
            StoryboardFrames reference = new StoryboardFrames(new StoryboardArtwork(new ScenePainter(), BOARD, W, H,
                    i -> { }), FPS);
            for (int index : new int[] {4, 11, 12, 20}) {
                double itself = meanError(decoded[index], drawn(reference, index));
                assertTrue(itself < 4, "frame " + index + " differs from its drawing by " + itself + " a channel");
                for (int neighbour : new int[] {index - 1, index + 1}) {
                    double other = meanError(decoded[index], drawn(reference, neighbour));
                    assertTrue(itself < other, "frame " + index + " is nearer frame " + neighbour + "'s drawing ("
                            + other + ") than its own (" + itself + ")");
                }
            }
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(out);
        }
    }

    /** A drawing that fails on one of the drawing threads ends the encoding with its error, not a hang. */
    @Test
    void shouldStopWithTheDrawingsErrorWhenOneFrameCannotBeDrawn() throws Exception {
        Path wav = Files.createTempFile("film", ".wav");
        Path out = Files.createTempFile("film", ".mp4");
        try {
            Files.write(wav, WavFiles.encode(Soundtrack.mix(3, List.of(), null)));
            File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
            AtomicInteger written = new AtomicInteger();
            IllegalStateException failure = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    IllegalStateException.class, () -> new FrameEncoder(dir.toPath().resolve("ffmpeg")).encode(
                            new FrameEncoder.Format(W, H, FPS, 800_000, Soundtrack.SAMPLE_RATE), 24,
                            () -> (frame, index) -> {
                                if (index == 7) {
                                    throw new IllegalStateException("no picture for frame 7");
                                }
                            }, wav, out, (done, total) -> written.set(done))));
            assertEquals("no picture for frame 7", failure.getMessage());
            assertEquals(7, written.get(), "frames 0 to 6 went to the encoder, in order, and no more");
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(out);
        }
    }

    private static BufferedImage drawn(StoryboardFrames frames, int index) {
        BufferedImage frame = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        frames.draw(frame, index);
        return frame;
    }

    private static byte[][] decode(Path ffmpeg, Path video, int frames) throws IOException, InterruptedException {
        Process decoder = new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-i",
                video.toString(), "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[][] decoded = new byte[frames][];
        try (InputStream in = decoder.getInputStream()) {
            for (int i = 0; i < frames; i++) {
                decoded[i] = in.readNBytes(W * H * 3);
                assertEquals(W * H * 3, decoded[i].length, "decoded frame " + i);
            }
        }
        assertEquals(0, decoder.waitFor());
        return decoded;
    }

    /** The mean difference of a decoded RGB frame from a drawn one, per channel (0 to 255). */
    private static double meanError(byte[] rgb, BufferedImage drawn) {
        long sum = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = drawn.getRGB(x, y);
                int at = (y * W + x) * 3;
                sum += Math.abs((rgb[at] & 255) - (p >> 16 & 255)) + Math.abs((rgb[at + 1] & 255) - (p >> 8 & 255))
                        + Math.abs((rgb[at + 2] & 255) - (p & 255));
            }
        }
        return sum / (3.0 * W * H);
    }
}
