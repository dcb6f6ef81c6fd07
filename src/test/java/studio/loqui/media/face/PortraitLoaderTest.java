package studio.loqui.media.face;

import org.junit.jupiter.api.Test;
import studio.loqui.media.MediaInputRejected;
import studio.loqui.media.inspect.ImageHeader;
import org.junit.jupiter.api.io.TempDir;
import studio.loqui.media.MediaTestFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortraitLoaderTest {

    private static final long MAX_PIXELS = 40_000_000L;

    @TempDir
    Path dir;

    private final PortraitLoader loader = new PortraitLoader(MAX_PIXELS);

    @Test
    void shouldLoadThePortraitAtItsSize() {
        Portrait portrait = loader.load(MediaTestFiles.astronaut());
        assertEquals(512, portrait.width());
        assertEquals(512, portrait.height());
        assertEquals(512 * 512 * 3, portrait.bgr().length);
    }

    @Test
    void shouldLoadAJpegAfterReadingItsSizeFromTheHeader() throws IOException {
        BufferedImage picture = ImageIO.read(MediaTestFiles.astronaut().toFile());
        BufferedImage cropped = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        cropped.getGraphics().drawImage(picture, 0, 0, null);
        Path jpeg = dir.resolve("portrait.jpg");
        ImageIO.write(cropped, "jpg", jpeg.toFile());
        assertEquals(new ImageHeader.Size(300, 200), ImageHeader.read(jpeg));
        assertEquals(300, loader.load(jpeg).width());
    }

    @Test
    void shouldRefuseAFileThatIsNotAnImage() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "just some text, not a picture");
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> loader.load(text));
        assertTrue(e.getMessage().contains("Allowed"), e.getMessage());
        assertEquals(MediaInputRejected.Problem.INVALID, e.problem());
    }

    @Test
    void shouldRefuseACorruptPng() throws IOException {
        byte[] png = Files.readAllBytes(MediaTestFiles.astronaut());
        Path broken = dir.resolve("broken.png");
        Files.write(broken, Arrays.copyOf(png, 200));
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> loader.load(broken));
        assertTrue(e.getMessage().startsWith("Corrupt"), e.getMessage());
    }

    @Test
    void shouldRefuseAHugePngFromItsHeaderAlone() throws IOException {
        Path huge = dir.resolve("huge.png");
        Files.write(huge, pngHeader(30_000, 30_000));
        long start = System.nanoTime();
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> loader.load(huge));
        assertTrue(e.getMessage().contains("30000x30000"), e.getMessage());
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused without decoding");
    }

    @Test
    void shouldReportNoFaceInAFacelessPicture() throws IOException {
        Path blank = dir.resolve("wall.png");
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                image.setRGB(x, y, 0x404040 + (x / 40) * 0x101010);
            }
        }
        ImageIO.write(image, "png", blank.toFile());
        Portrait portrait = loader.load(blank);
        NoFaceFoundException e = assertThrows(NoFaceFoundException.class, () -> new FaceDetector().detect(portrait));
        assertTrue(e.getMessage().startsWith("No face"), e.getMessage());
        assertEquals(MediaInputRejected.Problem.INVALID, e.problem());
    }

    /** The signature and an IHDR chunk declaring the size: all a header check may read. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put(new byte[3]);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
