package studio.loqui.media.face;

import org.junit.jupiter.api.Test;
import studio.loqui.media.MediaTestFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaceAnalyzerTest {

    private static final Portrait ASTRONAUT = new PortraitLoader(40_000_000L).load(MediaTestFiles.astronaut());
    private static final FaceBox FACE = new FaceDetector().detect(ASTRONAUT);

    @Test
    void shouldFindTheAstronautsFace() {
        // Her face spans roughly x 175-275, y 65-180 of the 512 px picture.
        assertTrue(FACE.centerX() > 190 && FACE.centerX() < 260, FACE.toString());
        assertTrue(FACE.centerY() > 90 && FACE.centerY() < 150, FACE.toString());
        assertTrue(FACE.width() > 70 && FACE.width() < 140, FACE.toString());
    }

    @Test
    void shouldPlaceLandmarksWithTheDlibModelWhenInstalled() {
        LandmarkLocator locator = new LandmarkLocator();
        assertEquals(Files.isRegularFile(LandmarkLocator.DEBIAN_MODEL), locator.usesTrainedModel());
        FaceLandmarks points = locator.locate(ASTRONAUT, FACE);
        assertFacelike(points);
    }

    @Test
    void shouldFallBackToFaceProportionsWithoutTheModel() {
        LandmarkLocator locator = new LandmarkLocator(Path.of("/nonexistent/model.dat"));
        FaceLandmarks points = locator.locate(ASTRONAUT, FACE);
        assertFalse(points.fromModel());
        assertFacelike(points);
    }

    private static void assertFacelike(FaceLandmarks p) {
        double eyes = p.meanY(36, 47);
        double nose = p.y(30);
        double mouth = p.meanY(48, 67);
        double chin = p.y(8);
        assertTrue(eyes < nose && nose < mouth && mouth < chin, "eyes, nose, mouth, chin from top to bottom");
        assertTrue(p.meanX(36, 41) < p.meanX(42, 47), "left eye left of right eye");
        assertTrue(p.x(48) < p.x(54), "mouth corners in order");
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            assertTrue(p.x(i) > FACE.x() - 20 && p.x(i) < FACE.x() + FACE.width() + 20, "point " + i + " x");
            assertTrue(p.y(i) > FACE.y() - 20 && p.y(i) < FACE.y() + FACE.height() * 1.3, "point " + i + " y");
        }
    }
}
