package studio.loqui.media.face;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Places 68 landmarks in a detected face: with dlib's trained model where Debian's
 * {@code libdlib-data} installed it, otherwise from the face box's proportions.
 */
public class LandmarkLocator {

    /** Where Debian's {@code libdlib-data} puts the model. */
    public static final Path DEBIAN_MODEL = Path.of("/usr/share/dlib/shape_predictor_68_face_landmarks.dat");

    private static final Logger LOG = Logger.getLogger(LandmarkLocator.class);
    private static final int REFINEMENTS = 2;
    private static volatile ShapePredictor shared;
    private static volatile Path sharedPath;

    private final ShapePredictor predictor;

    public LandmarkLocator(Path model) {
        this.predictor = Files.isRegularFile(model) ? loadShared(model) : null;
    }

    public LandmarkLocator() {
        this(DEBIAN_MODEL);
    }

    public boolean usesTrainedModel() {
        return predictor != null;
    }

    public FaceLandmarks locate(Portrait portrait, FaceBox detectedFace) {
        FaceBox box = landmarkBoxFromDetection(detectedFace);
        if (predictor == null) {
            return fromUnitShape(GeometricLandmarks.unitShape(), box);
        }
        GrayImage gray = GrayImage.of(portrait);
        double[] points = predictor.predict(gray, box);
        for (int i = 0; i < REFINEMENTS; i++) {
            points = predictor.predict(gray, BoxFit.boxFor(predictor.meanShape(), points));
        }
        return split(points, true);
    }

    // The landmark model was trained on boxes slightly larger and lower than the Haar cascade's.
    static FaceBox landmarkBoxFromDetection(FaceBox haar) {
        double side = haar.width() * 1.04;
        return new FaceBox(haar.centerX() - side / 2, haar.y() + haar.height() * 0.03, side, side);
    }

    private static FaceLandmarks fromUnitShape(double[] unit, FaceBox box) {
        double[] points = new double[unit.length];
        for (int i = 0; i < unit.length; i += 2) {
            points[i] = ShapePredictor.toImageX(box, unit[i]);
            points[i + 1] = ShapePredictor.toImageY(box, unit[i + 1]);
        }
        return split(points, false);
    }

    private static FaceLandmarks split(double[] points, boolean fromModel) {
        double[] xs = new double[FaceLandmarks.COUNT];
        double[] ys = new double[FaceLandmarks.COUNT];
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        return new FaceLandmarks(xs, ys, fromModel);
    }

    // The model is about 100 MB on disk and immutable once read, so every locator shares one copy.
    private static ShapePredictor loadShared(Path model) {
        synchronized (LandmarkLocator.class) {
            if (shared == null || !model.equals(sharedPath)) {
                try {
                    long start = System.nanoTime();
                    shared = ShapePredictor.load(model);
                    sharedPath = model;
                    LOG.infof("Loaded face landmark model %s in %d ms", model, (System.nanoTime() - start) / 1_000_000);
                } catch (IOException e) {
                    LOG.warnf("Face landmark model %s unreadable (%s); using face proportions", model, e.getMessage());
                    return null;
                }
            }
            return shared;
        }
    }
}
