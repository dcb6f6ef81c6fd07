package studio.loqui.media.face;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/** Finds the largest frontal face with the Haar cascade that ships inside the OpenCV jar. */
public class FaceDetector {

    private static final String CASCADE = "share/opencv4/haarcascades/haarcascade_frontalface_alt.xml";
    private static final int DETECTION_SIDE = 640;

    private final CascadeClassifier classifier;

    public FaceDetector() {
        classifier = new CascadeClassifier(cascadeFile().getAbsolutePath());
        if (classifier.empty()) {
            throw new IllegalStateException("OpenCV could not load its face cascade " + CASCADE);
        }
    }

    /** The largest face, in the portrait's pixels. */
    public FaceBox detect(Portrait portrait) {
        return detect(portrait, Math.min(1.0, (double) DETECTION_SIDE / Math.max(portrait.width(), portrait.height())));
    }

    /** The largest face, searched in the portrait shrunk by {@code scale} (at most 1), in the portrait's pixels. */
    public synchronized FaceBox detect(Portrait portrait, double scale) {
        try (Mat gray = grayMat(portrait); Mat small = new Mat(); RectVector faces = new RectVector()) {
            resize(gray, small, new Size((int) Math.round(portrait.width() * scale),
                    (int) Math.round(portrait.height() * scale)), 0, 0, INTER_AREA);
            equalizeHist(small, small);
            int minSide = Math.max(24, Math.min(small.cols(), small.rows()) / 12);
            classifier.detectMultiScale(small, faces, 1.1, 3, 0, new Size(minSide, minSide), new Size());
            return largest(faces, scale);
        }
    }

    private static FaceBox largest(RectVector faces, double scale) {
        Rect best = null;
        for (long i = 0; i < faces.size(); i++) {
            Rect r = faces.get(i);
            if (best == null || (long) r.width() * r.height() > (long) best.width() * best.height()) {
                best = r;
            }
        }
        if (best == null) {
            throw new NoFaceFoundException();
        }
        return new FaceBox(best.x(), best.y(), best.width(), best.height()).scaled(1 / scale);
    }

    private static Mat grayMat(Portrait portrait) {
        Mat mat = new Mat(portrait.height(), portrait.width(), opencv_core.CV_8UC1);
        mat.data().put(portrait.gray());
        return mat;
    }

    private static File cascadeFile() {
        try {
            return Loader.cacheResource(opencv_core.class,
                    "/org/bytedeco/opencv/" + Loader.getPlatform() + "/" + CASCADE);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenCV face cascade cannot be extracted", e);
        }
    }
}
