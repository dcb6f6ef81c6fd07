package studio.loqui.media.face;

import org.bytedeco.opencv.opencv_core.Mat;

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
        ImageHeader header = ImageHeader.read(file);
        checkSize(header);
        try (Mat mat = imread(file.toString(), IMREAD_COLOR)) {
            if (mat.empty() || mat.cols() != header.width() || mat.rows() != header.height()) {
                throw new ImageRejectedException("Corrupt " + header.format() + " image: it cannot be decoded");
            }
            byte[] bgr = new byte[mat.cols() * mat.rows() * 3];
            Mat continuous = mat.isContinuous() ? mat : mat.clone();
            continuous.data().get(bgr);
            return new Portrait(mat.cols(), mat.rows(), bgr);
        }
    }

    private void checkSize(ImageHeader header) {
        if (header.width() <= 0 || header.height() <= 0) {
            throw new ImageRejectedException("Corrupt " + header.format() + " image: it declares no pixels");
        }
        if ((long) header.width() * header.height() > maxPixels) {
            throw new ImageRejectedException("Image too large: " + header.width() + "x" + header.height()
                    + " pixels, at most " + maxPixels + " pixels are accepted");
        }
    }
}
