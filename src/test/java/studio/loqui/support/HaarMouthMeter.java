package studio.loqui.support;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;

/**
 * Measures how open a mouth is with a detector that is not the project's: OpenCV's {@code frontalface_default}
 * Haar cascade (the project uses {@code frontalface_alt} and the dlib landmark model) finds the face, and the
 * opening is the share of dark pixels (the cavity between parted lips) in the box where a frontal face's mouth
 * lies: the middle half of the face's width, 68 % to 95 % of its height.
 */
public final class HaarMouthMeter {

    private static final String CASCADE = "share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
    private static final int DARK_LUMA = 70;

    private final CascadeClassifier classifier;

    public HaarMouthMeter() {
        try {
            classifier = new CascadeClassifier(Loader.cacheResource(opencv_core.class,
                    "/org/bytedeco/opencv/" + Loader.getPlatform() + "/" + CASCADE).getAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (classifier.empty()) {
            throw new IllegalStateException("no cascade " + CASCADE);
        }
    }

    /** The largest face's mouth opening in a BGR frame (0..1), or NaN when this detector sees no face. */
    public double opening(byte[] bgr, int width, int height) {
        try (Mat frame = new Mat(height, width, opencv_core.CV_8UC3); Mat gray = new Mat(); Mat equalized = new Mat();
             RectVector faces = new RectVector()) {
            frame.data().put(bgr);
            cvtColor(frame, gray, COLOR_BGR2GRAY);
            equalizeHist(gray, equalized);
            int min = Math.min(width, height) / 5;
            classifier.detectMultiScale(equalized, faces, 1.1, 4, 0, new Size(min, min), new Size());
            Rect best = null;
            for (long i = 0; i < faces.size(); i++) {
                Rect r = faces.get(i);
                if (best == null || r.width() > best.width()) {
                    best = r;
                }
            }
            if (best == null) {
                return Double.NaN;
            }
            int x0 = best.x() + best.width() / 4;
            int x1 = best.x() + 3 * best.width() / 4;
            int y0 = best.y() + (int) (0.68 * best.height());
            int y1 = Math.min(height, best.y() + (int) (0.95 * best.height()));
            byte[] g = new byte[width * height];
            gray.data().get(g);
            int dark = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if ((g[y * width + x] & 0xFF) < DARK_LUMA) {
                        dark++;
                    }
                }
            }
            return (double) dark / Math.max(1, (x1 - x0) * (y1 - y0));
        }
    }
}
