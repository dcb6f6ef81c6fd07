package studio.loqui.media.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cavity of a photo whose lips are closed at rest: teeth only when the lips part wide, soft seams. */
class MouthCavityTest {

    private static final double WIDTH = 60;

    @Test
    void shouldShowTeethOnlyOnceTheLipsPartWide() {
        MouthCavity cavity = new MouthCavity(WIDTH);
        MouthCavity toothless = new MouthCavity(WIDTH);
        cavity.frame(Viseme.OPEN.pose(), 0.05 * WIDTH);
        toothless.frame(Viseme.ROUND.pose(), 0.05 * WIDTH);
        double narrow = luma(shade(cavity, 0, 0.5, 0.05 * WIDTH)) - luma(shade(toothless, 0, 0.5, 0.05 * WIDTH));
        cavity.frame(Viseme.OPEN.pose(), 0.3 * WIDTH);
        double wideTop = luma(shade(cavity, 0, 0.1, 0.3 * WIDTH));
        double wideMiddle = luma(shade(cavity, 0, 0.5, 0.3 * WIDTH));
        System.out.printf("cavity luma: barely open, teeth add %.0f; wide open, near the upper lip %.0f, in the middle %.0f%n",
                narrow, wideTop, wideMiddle);
        assertTrue(narrow < 10, "no teeth in a barely parted mouth: " + narrow);
        assertTrue(wideTop > 150, "upper teeth in a wide one: " + wideTop);
        assertTrue(wideMiddle < 50, "dark behind them: " + wideMiddle);
    }

    @Test
    void shouldBlendIntoTheLipAtTheSeamAndDarkenWithDepth() {
        MouthCavity cavity = new MouthCavity(WIDTH);
        cavity.frame(Viseme.ROUND.pose(), 0.3 * WIDTH);
        double[] lumas = new double[21];
        for (int i = 0; i <= 20; i++) {
            lumas[i] = luma(shade(cavity, 0, i / 20.0, 0.3 * WIDTH));
        }
        double largestStep = 0;
        for (int i = 1; i <= 20; i++) {
            largestStep = Math.max(largestStep, Math.abs(lumas[i] - lumas[i - 1]));
        }
        System.out.printf("cavity from lip to lip: edge %.0f, middle %.0f, largest step per 0.9 px %.0f%n",
                lumas[0], lumas[10], largestStep);
        assertTrue(lumas[0] > 150, "the seam keeps the lip's colour: " + lumas[0]);
        assertTrue(lumas[10] < lumas[3], "darkest in the depth");
        assertTrue(largestStep < 90, "no hard edge: " + largestStep);
    }

    private static byte[] shade(MouthCavity cavity, double across, double down, double gap) {
        byte[] rgb = {(byte) 200, (byte) 150, (byte) 140};
        cavity.shade(across, down, gap, 0, rgb, 0);
        return rgb;
    }

    private static double luma(byte[] rgb) {
        return 0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF);
    }
}
