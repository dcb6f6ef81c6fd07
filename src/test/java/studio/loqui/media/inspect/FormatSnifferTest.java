package studio.loqui.media.inspect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headers are written byte by byte from the formats' specifications (the bundled FFmpeg needs libpulse0,
 * which build machines may lack); WAV, PNG and JPEG are also checked on whole files that real encoders wrote.
 */
class FormatSnifferTest {

    @Test
    void shouldRecogniseWavByRiffWave() {
        assertSniffed(ContainerFormat.WAV, ascii("RIFF"), le32(36), ascii("WAVEfmt "), le32(16));
    }

    @Test
    void shouldRecogniseWebpByRiffWebp() {
        assertSniffed(ContainerFormat.WEBP, ascii("RIFF"), le32(26), ascii("WEBPVP8 "), le32(14));
    }

    @Test
    void shouldNotTakeAviForWavOrWebp() {
        assertRefused(ascii("RIFF"), le32(1000), ascii("AVI LIST"), le32(4));
    }

    @Test
    void shouldRecogniseMp3WithId3Tag() {
        // "ID3", version 2.4.0, flags, synchsafe size
        assertSniffed(ContainerFormat.MP3, ascii("ID3"), hex("0400000000000a"), new byte[8]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "fffb9064", // MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no CRC
        "fffa9064", // the same with CRC
        "fff38464", // MPEG-2 layer III, 64 kbit/s, 22.05 kHz
        "ffe36064"  // MPEG-2.5 layer III, 11.025 kHz
    })
    void shouldRecogniseMp3ByFrameSync(String frameHeader) {
        assertSniffed(ContainerFormat.MP3, hex(frameHeader), new byte[12]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "fffbf064", // bitrate index 15 is forbidden
        "fffb0064", // "free" bitrate, which the sniffer does not accept
        "fffb9c64", // sample-rate index 3 is reserved
        "ffeb9064", // MPEG version 01 is reserved
        "fffd9064", // layer II, not layer III
        "7ffb9064"  // no sync
    })
    void shouldRefuseFrameHeadersThatAreNotMp3(String frameHeader) {
        assertRefused(hex(frameHeader), new byte[12]);
    }

    @Test
    void shouldRecogniseAdtsAac() {
        // sync, MPEG-4, layer 0, no CRC; AAC LC, 44.1 kHz, stereo
        assertSniffed(ContainerFormat.AAC, hex("fff15080"), hex("2e7ffc"), new byte[8]);
    }

    @Test
    void shouldRecogniseOggByCapturePattern() {
        assertSniffed(ContainerFormat.OGG, ascii("OggS"), hex("0002"), new byte[20], ascii("\u0001vorbis"));
    }

    @Test
    void shouldRecogniseFlacByStreamMarker() {
        // "fLaC" then the STREAMINFO block header: last block, type 0, 34 bytes
        assertSniffed(ContainerFormat.FLAC, ascii("fLaC"), hex("80000022"), new byte[34]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"isom", "mp42", "M4A ", "qt  "})
    void shouldRecogniseMp4M4aAndMovByFtyp(String brand) {
        assertSniffed(ContainerFormat.ISO_BMFF, be32(24), ascii("ftyp" + brand), be32(0x200), ascii("isomiso2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"moov", "wide", "mdat"})
    void shouldRecogniseOldQuickTimeStartingWithOtherAtoms(String atom) {
        assertSniffed(ContainerFormat.ISO_BMFF, be32(8), ascii(atom), be32(1024), ascii("mvhd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"webm", "matroska"})
    void shouldRecogniseWebmAndMkvByEbmlHeader(String docType) {
        // EBML element id, size, then the DocType element (0x4282) with the document type
        byte[] type = ascii(docType);
        assertSniffed(ContainerFormat.MATROSKA, hex("1a45dfa3"), hex("9f4286810142f7810142"),
                hex("4282"), new byte[] {(byte) (0x80 | type.length)}, type);
    }

    @Test
    void shouldRecognisePngBySignature() {
        assertSniffed(ContainerFormat.PNG, hex("89504e470d0a1a0a"), be32(13), ascii("IHDR"), be32(1), be32(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffd8ffe000104a464946", "ffd8ffe1001845786966", "ffd8ffdb0043"})
    void shouldRecogniseJpegWithJfifExifOrBareQuantisationTable(String start) {
        assertSniffed(ContainerFormat.JPEG, hex(start), new byte[12]);
    }

    @Test
    void shouldRefuseHeadersShorterThanTwelveBytes() {
        assertRefused(hex("89504e470d0a1a0a")); // a PNG signature with nothing after it
        assertRefused(ascii("RIFF"), le32(36)); // a WAV cut after its size
        assertRefused(ascii("fLaC"));
        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello, this is a plain text file and nothing else.",
        "<!DOCTYPE html><html><body>not a video</body></html>",
        "{\"file\": \"voice.wav\", \"format\": \"RIFF\"}",
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXTINF:10,\nfile:///etc/passwd\n",
        "ffconcat version 1.0\nfile '/etc/passwd'\n"
    })
    void shouldRefuseTextIncludingPlaylistsThatFfmpegWouldFollow(String text) {
        assertRefused(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseZeros() {
        assertRefused(new byte[64]);
    }

    @Test
    void shouldRecogniseAlmostNoRandomHeaders() {
        Random random = new Random(20261202);
        int recognised = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] head = new byte[64];
            random.nextBytes(head);
            if (FormatSniffer.sniff(head).isPresent()) {
                recognised++;
            }
        }
        // only the MPEG audio syncs (MP3 frames, ADTS) are short enough to match random data: about 1 head in 8000
        assertTrue(recognised < 10, recognised + " of 10000 random heads were taken for media");
    }

    @Test
    void shouldSniffWavFileThatTheEncoderWrote(@TempDir Path dir) throws IOException {
        Path wav = dir.resolve("tone.wav");
        Files.write(wav, WavFiles.encode(new PcmAudio(new float[1600], 16000)));
        assertEquals(Optional.of(ContainerFormat.WAV), FormatSniffer.sniff(wav));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg"})
    void shouldSniffImagesThatImageIoWrote(String imageFormat, @TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), imageFormat, out);
        Path file = dir.resolve("image");
        Files.write(file, out.toByteArray());
        ContainerFormat expected = imageFormat.equals("png") ? ContainerFormat.PNG : ContainerFormat.JPEG;
        assertEquals(Optional.of(expected), FormatSniffer.sniff(file));
    }

    @Test
    void shouldSniffNamedFileByContentNotName(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("song.mp3");
        Files.writeString(text, "not really an mp3, just text pretending");
        assertEquals(Optional.empty(), FormatSniffer.sniff(text));
    }

    @Test
    void shouldRefuseEmptyAndTruncatedFiles(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        Path truncated = Files.write(dir.resolve("cut.png"), hex("89504e470d0a1a0a0000"));
        assertEquals(Optional.empty(), FormatSniffer.sniff(empty));
        assertEquals(Optional.empty(), FormatSniffer.sniff(truncated));
    }

    private static void assertSniffed(ContainerFormat expected, byte[]... parts) {
        byte[] head = concat(parts);
        assertEquals(Optional.of(expected), FormatSniffer.sniff(head), HexFormat.of().formatHex(head));
    }

    private static void assertRefused(byte[]... parts) {
        byte[] head = concat(parts);
        assertEquals(Optional.empty(), FormatSniffer.sniff(head), HexFormat.of().formatHex(head));
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] part : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + part.length);
            System.arraycopy(part, 0, all, at, part.length);
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static byte[] be32(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
