package studio.loqui.media.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Captions burned into a 3 s video of the NASA portrait (640x360, 25 fps), written losslessly so every frame
 * can be compared with the source's: frames outside the captions' spans decode to the very bytes the source's
 * do; inside, only the bottom of the picture changes, with white letters and black outlines, centred, one line
 * for a short caption and two for one that does not fit on one, and tesseract reads the words back.
 */
class VideoCaptionsTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FPS = 25;
    private static final VideoLipSync.Encoding LOSSLESS = new VideoLipSync.Encoding(List.of("-c:v", "ffv1",
            "-level", "3", "-pix_fmt", "bgr0", "-g", "1", "-slices", "4"), List.of("-c:a", "flac"), "matroska", false);
    private static final Caption SHORT = new Caption(0.8, 1.6, "Hola a todos");
    private static final Caption LONG = new Caption(2.0, 2.6, "Y el señor John Dashwood tuvo entonces ocio para"
            + " considerar cuánto podría hacer por ellas");

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
                assertTrue(changed.white() > 100 && changed.black() > 50,
                        "not white outlined letters: " + changed.white() + " white, " + changed.black() + " black pixels");
            }
        }
    }

    @Test
    void shouldWrapALongCaptionToTwoLinesSizedToThePicture() {
        List<int[]> one = Changed.letterRows(source.get(FPS), captioned.get(FPS));
        List<int[]> two = Changed.letterRows(source.get((int) (2.2 * FPS)), captioned.get((int) (2.2 * FPS)));
        Changed wide = Changed.between(source.get((int) (2.2 * FPS)), captioned.get((int) (2.2 * FPS)));
        int letters = one.get(0)[1] - one.get(0)[0] + 1;
        System.out.printf("Short caption: %d line(s), letters %d px high; long caption: %d lines, %d px wide%n",
                one.size(), letters, two.size(), wide.right() - wide.left() + 1);
        assertEquals(1, one.size(), "the short caption is not one line");
        assertEquals(2, two.size(), "the long caption is not two lines");
        double size = HEIGHT / (double) CaptionPainter.HEIGHT_DIVISOR;
        assertTrue(letters > 0.6 * size && letters < 1.1 * size,
                "the letters are not sized to the picture's height: " + letters + " px for " + size);
        assertTrue(wide.right() - wide.left() + 1 <= WIDTH * CaptionPainter.WIDTH_SHARE + size,
                "wider than 90 % and its box");
    }

    /** Tesseract (Spanish) reads most of the words back from the letters drawn, the changed white pixels. */
    @Test
    void shouldBeReadableByOcr() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(TESSERACT), "tesseract-ocr is not installed");
        for (Caption caption : List.of(SHORT, LONG)) {
            int frame = (int) ((caption.start() + 0.2) * FPS);
            String read = ocr(source.get(frame), captioned.get(frame));
            List<String> words = words(caption.text());
            long found = words.stream().filter(words(read)::contains).count();
            System.out.printf("OCR of frame %d: \"%s\": %d of %d words%n", frame, read.strip().replace('\n', '/'),
                    found, words.size());
            assertTrue(found >= 0.6 * words.size(), "OCR read \"" + read + "\" for \"" + caption.text() + "\"");
        }
    }

    private static final Path TESSERACT = Path.of("/usr/bin/tesseract");

    /** The letters alone (changed pixels now near white), black on white, three times the size, read by tesseract. */
    private static String ocr(byte[] before, byte[] after) throws Exception {
        int scale = 3;
        BufferedImage page = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int at = ((y / scale) * WIDTH + x / scale) * 3;
                boolean letter = true;
                boolean changed = false;
                for (int c = 0; c < 3; c++) {
                    letter &= (after[at + c] & 0xFF) > 200;
                    changed |= Math.abs((after[at + c] & 0xFF) - (before[at + c] & 0xFF)) > 24;
                }
                page.getRaster().setSample(x, y, 0, letter && changed ? 0 : 255);
            }
        }
        Path png = work.resolve("ocr.png");
        ImageIO.write(page, "png", png.toFile());
        return new String(MediaTestFiles.run(List.of(TESSERACT.toString(), png.toString(), "-", "-l", "spa",
                "--psm", "6")), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() > 1).toList();
    }

    /** The bounding box of the pixels that differ, and how many of them are now near white or near black. */
    private record Changed(int top, int bottom, int left, int right, int white, int black) {

        /**
         * The runs of rows (first, last; at least 3 rows) holding the caption's letters: pixels that changed and
         * are now near white. One run per line of text.
         */
        static List<int[]> letterRows(byte[] before, byte[] after) {
            List<int[]> runs = new ArrayList<>();
            int from = -1;
            for (int y = 0; y <= HEIGHT; y++) {
                boolean letters = y < HEIGHT && letterPixels(before, after, y) > 1;
                if (letters && from < 0) {
                    from = y;
                } else if (!letters && from >= 0) {
                    if (y - from >= 3) {
                        runs.add(new int[] {from, y - 1});
                    }
                    from = -1;
                }
            }
            return runs;
        }

        private static int letterPixels(byte[] before, byte[] after, int y) {
            int count = 0;
            for (int x = 0; x < WIDTH; x++) {
                int at = (y * WIDTH + x) * 3;
                boolean white = true;
                boolean changed = false;
                for (int c = 0; c < 3; c++) {
                    white &= (after[at + c] & 0xFF) > 200;
                    changed |= Math.abs((after[at + c] & 0xFF) - (before[at + c] & 0xFF)) > 24;
                }
                count += white && changed ? 1 : 0;
            }
            return count;
        }

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
