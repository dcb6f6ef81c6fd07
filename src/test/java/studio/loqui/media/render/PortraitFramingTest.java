package studio.loqui.media.render;

import org.junit.jupiter.api.Test;
import studio.loqui.media.face.FaceBox;
import studio.loqui.media.face.Portrait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortraitFramingTest {

    @Test
    void shouldCropAWidePictureToASquareAroundTheFace() {
        Portrait wide = new Portrait(1600, 900, new byte[1600 * 900 * 3]);
        PortraitFraming framing = PortraitFraming.around(wide, new FaceBox(1300, 300, 200, 200), 512);
        assertEquals(900, framing.cropSide());
        assertEquals(700, framing.cropX(), "pushed left so the square stays inside the picture");
        assertEquals(0, framing.cropY());
        assertTrue(1300 >= framing.cropX() && 1500 <= framing.cropX() + framing.cropSide(), "face inside the square");
        assertEquals(512 * 512 * 3, framing.frameRgb(wide).length);
    }

    @Test
    void shouldNotLoseASmallFaceInAHugeSquare() {
        Portrait big = new Portrait(3000, 3000, new byte[3000 * 3000 * 3]);
        PortraitFraming framing = PortraitFraming.around(big, new FaceBox(1400, 1000, 100, 100), 256);
        assertEquals(600, framing.cropSide());
        assertEquals(1150, framing.cropX());
        assertEquals(750, framing.cropY());
    }
}
