package studio.loqui.media.face;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Width and height of a PNG, JPEG or WebP read from its first bytes, so that an oversized image is
 * refused before any decoder allocates its pixels.
 */
public record ImageHeader(String format, int width, int height) {

    private static final int JPEG_SCAN_LIMIT = 1 << 20;

    public static ImageHeader read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImageRejectedException("Image file not found: " + file.getFileName());
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(JPEG_SCAN_LIMIT);
        } catch (IOException e) {
            throw new ImageRejectedException("Image file cannot be read: " + file.getFileName());
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return png(head);
        }
        if (startsWith(head, 0xFF, 0xD8)) {
            return jpeg(head);
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length > 30 && head[8] == 'W' && head[9] == 'E') {
            return webp(head);
        }
        throw new ImageRejectedException("Invalid file type. Allowed: image/png, image/jpeg, image/jpg, image/webp");
    }

    private static ImageHeader png(byte[] h) {
        require(h.length >= 24 && h[12] == 'I' && h[13] == 'H', "PNG");
        return new ImageHeader("png", int32be(h, 16), int32be(h, 20));
    }

    private static ImageHeader jpeg(byte[] h) {
        int i = 2;
        while (i + 9 < h.length) {
            if ((h[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int marker = h[i + 1] & 0xFF;
            int length = ((h[i + 2] & 0xFF) << 8) | (h[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                int height = ((h[i + 5] & 0xFF) << 8) | (h[i + 6] & 0xFF);
                int width = ((h[i + 7] & 0xFF) << 8) | (h[i + 8] & 0xFF);
                return new ImageHeader("jpeg", width, height);
            }
            i += 2 + Math.max(length, 0);
        }
        throw corrupt("JPEG");
    }

    private static ImageHeader webp(byte[] h) {
        String chunk = new String(h, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return new ImageHeader("webp", 1 + int24le(h, 24), 1 + int24le(h, 27));
            case "VP8L": {
                int bits = (h[21] & 0xFF) | (h[22] & 0xFF) << 8 | (h[23] & 0xFF) << 16 | (h[24] & 0xFF) << 24;
                return new ImageHeader("webp", 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
            }
            case "VP8 ":
                return new ImageHeader("webp", ((h[26] & 0xFF) | (h[27] & 0xFF) << 8) & 0x3FFF,
                        ((h[28] & 0xFF) | (h[29] & 0xFF) << 8) & 0x3FFF);
            default:
                throw corrupt("WebP");
        }
    }

    private static boolean startsWith(byte[] h, int... prefix) {
        if (h.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((h[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32be(byte[] h, int at) {
        return (h[at] & 0xFF) << 24 | (h[at + 1] & 0xFF) << 16 | (h[at + 2] & 0xFF) << 8 | (h[at + 3] & 0xFF);
    }

    private static int int24le(byte[] h, int at) {
        return (h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8 | (h[at + 2] & 0xFF) << 16;
    }

    private static void require(boolean condition, String format) {
        if (!condition) {
            throw corrupt(format);
        }
    }

    private static ImageRejectedException corrupt(String format) {
        return new ImageRejectedException("Corrupt " + format + " image: its header cannot be read");
    }
}
