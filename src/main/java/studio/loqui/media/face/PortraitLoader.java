package studio.loqui.media.face;

import org.bytedeco.opencv.opencv_core.Mat;

import studio.loqui.media.inspect.ImageHeader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

/** Decodes a portrait after checking from its header that it is a supported image of sane size. */
public class PortraitLoader {

    private final long maxPixels;

    /** @param maxPixels the largest width x height accepted, e.g. 40 million */
    public PortraitLoader(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public Portrait load(Path file) {
        ImageHeader.Size header = header(file);
        checkSize(header);
        try (Mat mat = imread(file.toString(), IMREAD_COLOR)) {
            if (mat.empty() || mat.cols() != header.width() || mat.rows() != header.height()) {
                throw new ImageRejectedException("Corrupt image: it cannot be decoded");
            }
            byte[] bgr = new byte[mat.cols() * mat.rows() * 3];
            Mat continuous = mat.isContinuous() ? mat : mat.clone();
            continuous.data().get(bgr);
            return new Portrait(mat.cols(), mat.rows(), bgr);
        }
    }

    private static ImageHeader.Size header(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImageRejectedException("Image file not found: " + file.getFileName());
        }
        try {
            return ImageHeader.read(file);
        } catch (IOException e) {
            throw new ImageRejectedException("Invalid file type. Allowed: image/png, image/jpeg, image/jpg, image/webp");
        }
    }

    private void checkSize(ImageHeader.Size header) {
        if (header.width() <= 0 || header.height() <= 0) {
            throw new ImageRejectedException("Corrupt image: it declares no pixels");
        }
        if ((long) header.width() * header.height() > maxPixels) {
            throw new ImageRejectedException("Image too large: " + header.width() + "x" + header.height()
                    + " pixels, at most " + maxPixels + " pixels are accepted");
        }
    }
}
