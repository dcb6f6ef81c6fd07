package studio.loqui.media.inspect;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** Width and height read from an image's header through ImageIO without decoding its pixels, then a full check. */
public final class ImageHeader {

    private ImageHeader() {
    }

    public record Size(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    /** Decodes the whole image once, which a truncated or corrupt file fails; call after checking its size. */
    public static void verifyDecodes(Path file) throws IOException {
        if (ImageIO.read(file.toFile()) == null) {
            throw new IOException("no image reader recognises this file");
        }
    }

    public static Size read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("unreadable image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader recognises this file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
