package studio.loqui.media.face;

/** Detects the main face of a portrait and places its landmarks. */
public class FaceAnalyzer {

    private final FaceDetector detector;
    private final LandmarkLocator locator;

    public FaceAnalyzer(FaceDetector detector, LandmarkLocator locator) {
        this.detector = detector;
        this.locator = locator;
    }

    public FaceAnalyzer() {
        this(new FaceDetector(), new LandmarkLocator());
    }

    /** @throws NoFaceFoundException when there is no frontal face */
    public FaceAnalysis analyze(Portrait portrait) {
        FaceBox box = detector.detect(portrait);
        return new FaceAnalysis(box, locator.locate(portrait, box));
    }
}
