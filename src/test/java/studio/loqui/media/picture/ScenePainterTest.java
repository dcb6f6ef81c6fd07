package studio.loqui.media.picture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("film")
class ScenePainterTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void shouldPaintANightSkyDarkAndADaySkyLight() {
        ScenePainter painter = new ScenePainter();
        Color night = new Color(painter.paint("The moon over a quiet town", 640, 360).getRGB(10, 10));
        Color day = new Color(painter.paint("Birds flying in the sky", 640, 360).getRGB(10, 10));
        assertTrue(brightness(night) < 60, "night sky brightness " + brightness(night));
        assertTrue(brightness(day) > 120, "day sky brightness " + brightness(day));
    }

    @Test
    void shouldPaintWaterBlueBelowTheHorizon() {
        Color lake = new Color(new ScenePainter().paint("A peaceful lake", 640, 360).getRGB(5, 240));
        assertTrue(lake.getBlue() > lake.getGreen() && lake.getBlue() > lake.getRed(), "lake colour " + lake);
    }

    @Test
    void shouldWriteTheCaptionInWhiteOnADarkBand() {
        BufferedImage image = new ScenePainter().paint("A beautiful sunrise over mountains", 640, 360);
        long white = 0;
        for (int x = 0; x < 640; x++) {
            for (int y = 300; y < 360; y++) {
                white += image.getRGB(x, y) == Color.WHITE.getRGB() ? 1 : 0;
            }
        }
        assertTrue(white > 200, "white caption pixels " + white);
        assertEquals(640, image.getWidth());
    }

    private static int brightness(Color c) {
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }
}
