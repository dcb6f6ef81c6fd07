package studio.loqui.media.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Recognises a container by its first bytes, never by its name or the client's Content-Type. */
public final class FormatSniffer {

    private static final int HEAD = 64;

    private FormatSniffer() {
    }

    public static Optional<ContainerFormat> sniff(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEAD);
        }
        return sniff(Arrays.copyOf(head, n));
    }

    static Optional<ContainerFormat> sniff(byte[] b) {
        if (b.length < 12) {
            return Optional.empty();
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            return Optional.of(ContainerFormat.WAV);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(ContainerFormat.WEBP);
        }
        if (ascii(b, 0, "OggS")) {
            return Optional.of(ContainerFormat.OGG);
        }
        if (ascii(b, 0, "fLaC")) {
            return Optional.of(ContainerFormat.FLAC);
        }
        if (ascii(b, 4, "ftyp") || ascii(b, 4, "moov") || ascii(b, 4, "wide") || ascii(b, 4, "mdat")) {
            return Optional.of(ContainerFormat.ISO_BMFF);
        }
        if (u(b[0]) == 0x1A && u(b[1]) == 0x45 && u(b[2]) == 0xDF && u(b[3]) == 0xA3) {
            return Optional.of(ContainerFormat.MATROSKA);
        }
        if (u(b[0]) == 0x89 && ascii(b, 1, "PNG") && u(b[4]) == 0x0D && u(b[5]) == 0x0A) {
            return Optional.of(ContainerFormat.PNG);
        }
        if (u(b[0]) == 0xFF && u(b[1]) == 0xD8 && u(b[2]) == 0xFF) {
            return Optional.of(ContainerFormat.JPEG);
        }
        if (ascii(b, 0, "ID3") || isMpegAudioFrame(b)) {
            return Optional.of(ContainerFormat.MP3);
        }
        if (u(b[0]) == 0xFF && (u(b[1]) & 0xF6) == 0xF0) {
            return Optional.of(ContainerFormat.AAC);
        }
        return Optional.empty();
    }

    /** An MPEG-1/2 layer III frame header: sync, a valid bitrate and sample-rate index. */
    private static boolean isMpegAudioFrame(byte[] b) {
        int b1 = u(b[1]);
        int b2 = u(b[2]);
        boolean sync = u(b[0]) == 0xFF && (b1 & 0xE0) == 0xE0;
        boolean layer3 = (b1 & 0x06) == 0x02;
        boolean version = (b1 & 0x18) != 0x08;
        boolean bitrate = (b2 >> 4) != 0x0F && (b2 >> 4) != 0;
        boolean rate = ((b2 >> 2) & 0x03) != 0x03;
        return sync && layer3 && version && bitrate && rate;
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        if (b.length < offset + t.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (b[offset + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
