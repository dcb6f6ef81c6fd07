package studio.loqui.media.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Captions burned into a 3 s video of the NASA portrait (320x240, 25 fps), written losslessly so every frame
 * can be compared with the source's: frames outside the captions' spans decode to the very bytes the source's
 * do; inside, only the bottom of the picture changes, with white letters and black outlines, centred, one line
 * for a short caption and two for one that does not fit on one.
 */
class VideoCaptionsTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 25;
    private static final VideoLipSync.Encoding LOSSLESS = new VideoLipSync.Encoding(List.of("-c:v", "ffv1",
            "-level", "3", "-pix_fmt", "bgr0", "-g", "1", "-slices", "4", "-c:a", "flac"), "matroska");
    private static final Caption SHORT = new Caption(0.8, 1.6, "Hola a todos");
    private static final Caption LONG = new Caption(2.0, 2.6, "Y el señor John Dashwood tuvo entonces ocio para"
            + " considerar cuánto podría haber prudentemente en su poder hacer por ellas");

    @TempDir
    static Path work;
    private static List<byte[]> source;
    private static List<byte[]> captioned;
    private static CaptionResult result;

    @BeforeAll
    static void burn() throws Exception {
        Path video = work.resolve("portrait.mp4");
        MediaTestFiles.run(List.of(MediaTestFiles.ffmpeg().toString(), "-v", "error", "-y", "-loop", "1",
                "-framerate", String.valueOf(FPS), "-t", "3", "-i", MediaTestFiles.astronaut().toString(),
                "-vf", "scale=" + WIDTH + ":" + HEIGHT + ",format=yuv420p", "-c:v", "libopenh264", video.toString()));
        Path out = work.resolve("captioned.mkv");
        long started = System.nanoTime();
        result = new VideoCaptions(MediaTestFiles.ffmpeg(), MediaTestFiles.ffprobe()).burn(video,
                MediaTestFiles.voice("librivox-austen-0890.wav"), List.of(SHORT, LONG), LOSSLESS, ProgressListener.NONE,
                out);
        System.out.printf("Burned captions into %d frames (%d captioned) in %.2f s%n", result.frames(),
                result.captionedFrames(), (System.nanoTime() - started) / 1e9);
        source = frames(video);
        captioned = frames(out);
    }

    @Test
    void shouldLeaveEveryFrameOutsideTheCaptionsAsItWas() {
        assertEquals(source.size(), captioned.size());
        assertEquals(3 * FPS, result.frames());
        int untouched = 0;
        for (int i = 0; i < source.size(); i++) {
            double t = i / (double) FPS;
            if (!SHORT.shownAt(t) && !LONG.shownAt(t)) {
                assertArrayEquals(source.get(i), captioned.get(i), "frame " + i + " at " + t + " s changed");
                untouched++;
            }
        }
        assertEquals(source.size() - result.captionedFrames(), untouched);
        assertEquals(20 + 15, result.captionedFrames());
    }

    @Test
    void shouldDrawOutlinedTextOnlyAtTheBottomCentre() {
        for (int i = 0; i < source.size(); i++) {
            double t = i / (double) FPS;
            if (SHORT.shownAt(t) || LONG.shownAt(t)) {
                Changed changed = Changed.between(source.get(i), captioned.get(i));
                assertTrue(changed.top() > HEIGHT * 0.6, "frame " + i + " changed above the bottom: row " + changed.top());
                assertTrue(changed.bottom() < HEIGHT - 2, "caption runs off the picture");
                assertEquals(WIDTH / 2.0, (changed.left() + changed.right()) / 2.0, WIDTH * 0.03, "caption not centred");
                assertTrue(changed.white() > 100 && changed.black() > 100,
                        "not white outlined letters: " + changed.white() + " white, " + changed.black() + " black pixels");
            }
        }
    }

    @Test
    void shouldWrapALongCaptionToTwoLinesSizedToThePicture() {
        Changed one = Changed.between(source.get(FPS), captioned.get(FPS));
        Changed two = Changed.between(source.get((int) (2.2 * FPS)), captioned.get((int) (2.2 * FPS)));
        int oneHeight = one.bottom() - one.top() + 1;
        int twoHeight = two.bottom() - two.top() + 1;
        System.out.printf("One line %d px high, %d px wide; two lines %d px high, %d px wide%n", oneHeight,
                one.right() - one.left() + 1, twoHeight, two.right() - two.left() + 1);
        assertEquals(HEIGHT / (double) CaptionPainter.HEIGHT_DIVISOR, oneHeight, HEIGHT / 32.0,
                "a line's letters are not sized to the picture's height");
        assertTrue(twoHeight > 1.4 * oneHeight && twoHeight < 2.8 * oneHeight,
                "the long caption is not two lines: " + twoHeight + " px against " + oneHeight);
        assertTrue(two.right() - two.left() + 1 <= WIDTH * CaptionPainter.WIDTH_SHARE + 8, "wider than 90 %");
    }

    /** The bounding box of the pixels that differ, and how many of them are now near white or near black. */
    private record Changed(int top, int bottom, int left, int right, int white, int black) {

        static Changed between(byte[] before, byte[] after) {
            int top = HEIGHT;
            int bottom = -1;
            int left = WIDTH;
            int right = -1;
            int white = 0;
            int black = 0;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    int at = (y * WIDTH + x) * 3;
                    int diff = 0;
                    int min = 255;
                    int max = 0;
                    for (int c = 0; c < 3; c++) {
                        int v = after[at + c] & 0xFF;
                        diff = Math.max(diff, Math.abs(v - (before[at + c] & 0xFF)));
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                    if (diff > 24) {
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        white += min > 230 ? 1 : 0;
                        black += max < 30 ? 1 : 0;
                    }
                }
            }
            return new Changed(top, bottom, left, right, white, black);
        }
    }

    private static List<byte[]> frames(Path video) throws Exception {
        byte[] all = MediaTestFiles.run(List.of(MediaTestFiles.ffmpeg().toString(), "-v", "error", "-i",
                video.toString(), "-map", "0:v:0", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"));
        int size = WIDTH * HEIGHT * 3;
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at + size <= all.length; at += size) {
            frames.add(Arrays.copyOfRange(all, at, at + size));
        }
        return frames;
    }
}
