package studio.loqui.media.face;

import java.util.Optional;

/**
 * Follows the main face through the frames of a video: every frame is checked by the detector (near
 * where the face was, at a small scale, then over the whole frame when it is not there), so a cut to a
 * face-less shot is seen in its first frame; the 68 landmarks are placed afresh in each frame and
 * smoothed against the previous frame's, the more the steadier the face, so they neither jitter nor lag
 * behind a moving head. Not thread-safe: one tracker per video.
 */
public final class FaceTracker {

    /** The searched area around the last face, in face widths from its centre. */
    private static final double SEARCH_REACH = 1.2;
    /** Near the last face, the picture is shrunk until the face is about this wide. */
    private static final double TRACKED_FACE_PIXELS = 90;
    /** Point motion (in face widths, mean over the points) below which the landmarks are taken as jitter. */
    private static final double STEADY = 0.01;
    private static final double STEADY_WEIGHT = 0.35;

    private final FaceDetector detector;
    private final LandmarkLocator locator;
    private FaceBox lastBox;
    private FaceLandmarks smoothed;

    public FaceTracker(FaceDetector detector, LandmarkLocator locator) {
        this.detector = detector;
        this.locator = locator;
    }

    /** The face's landmarks in {@code frame}, or empty when the frame shows no face. */
    public Optional<FaceLandmarks> next(Portrait frame) {
        Optional<FaceBox> box = lastBox == null ? Optional.empty() : nearLast(frame);
        if (box.isEmpty()) {
            box = anywhere(frame);
        }
        if (box.isEmpty()) {
            lastBox = null;
            smoothed = null;
            return Optional.empty();
        }
        lastBox = box.get();
        FaceLandmarks found = locator.locate(frame, lastBox);
        smoothed = smoothed == null ? found : smooth(smoothed, found);
        return Optional.of(smoothed);
    }

    private Optional<FaceBox> nearLast(Portrait frame) {
        double reach = SEARCH_REACH * lastBox.width();
        int x0 = Math.max(0, (int) (lastBox.centerX() - reach));
        int y0 = Math.max(0, (int) (lastBox.centerY() - reach));
        int x1 = Math.min(frame.width(), (int) Math.ceil(lastBox.centerX() + reach));
        int y1 = Math.min(frame.height(), (int) Math.ceil(lastBox.centerY() + reach));
        if (x1 - x0 < 24 || y1 - y0 < 24) {
            return Optional.empty();
        }
        Portrait area = crop(frame, x0, y0, x1 - x0, y1 - y0);
        double scale = Math.min(1, TRACKED_FACE_PIXELS / lastBox.width());
        return find(area, scale).map(b -> b.translated(x0, y0))
                // Lost if the face found nearby is far smaller or larger than the one followed.
                .filter(b -> b.width() > 0.6 * lastBox.width() && b.width() < 1.6 * lastBox.width());
    }

    private Optional<FaceBox> anywhere(Portrait frame) {
        try {
            return Optional.of(detector.detect(frame));
        } catch (NoFaceFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<FaceBox> find(Portrait area, double scale) {
        try {
            return Optional.of(detector.detect(area, scale));
        } catch (NoFaceFoundException e) {
            return Optional.empty();
        }
    }

    static Portrait crop(Portrait frame, int x0, int y0, int width, int height) {
        byte[] bgr = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            System.arraycopy(frame.bgr(), ((y0 + y) * frame.width() + x0) * 3, bgr, y * width * 3, width * 3);
        }
        return new Portrait(width, height, bgr);
    }

    // Exponential smoothing whose weight on the new points grows with how far they moved.
    static FaceLandmarks smooth(FaceLandmarks previous, FaceLandmarks found) {
        double faceWidth = Math.max(1, found.distance(0, 16));
        double motion = 0;
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            motion += Math.hypot(found.x(i) - previous.x(i), found.y(i) - previous.y(i));
        }
        motion /= FaceLandmarks.COUNT * faceWidth;
        double weight = Math.min(1, Math.max(STEADY_WEIGHT, motion / (3 * STEADY)));
        double[] xs = new double[FaceLandmarks.COUNT];
        double[] ys = new double[FaceLandmarks.COUNT];
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            xs[i] = previous.x(i) + weight * (found.x(i) - previous.x(i));
            ys[i] = previous.y(i) + weight * (found.y(i) - previous.y(i));
        }
        return new FaceLandmarks(xs, ys, found.fromModel());
    }
}
