package studio.loqui.media.dsp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MedianFilterTest {

    @Test
    void shouldRemoveAnIsolatedOctaveJumpUpOrDown() {
        assertArrayEquals(new float[] {100, 100, 100, 100, 100, 100, 100},
                MedianFilter.voiced(new float[] {100, 100, 100, 200, 100, 100, 100}, 5));
        assertArrayEquals(new float[] {100, 100, 100, 100, 100, 100, 100},
                MedianFilter.voiced(new float[] {100, 100, 100, 50, 100, 100, 100}, 5));
    }

    @Test
    void shouldFollowAGlideWithoutFlatteningIt() {
        float[] glide = {100, 102, 104, 106, 108, 110, 112};
        float[] out = MedianFilter.voiced(glide, 5);
        for (int i = 2; i < glide.length - 2; i++) {
            assertEquals(glide[i], out[i], "frame " + i);
        }
    }

    @Test
    void shouldLeaveUnvoicedFramesUnvoicedAndNotVoiceThem() {
        assertArrayEquals(new float[] {0, 120, 0, 0, 130, 0},
                MedianFilter.voiced(new float[] {0, 120, 0, 0, 130, 0}, 5));
    }

    @Test
    void shouldTakeTheMedianOfVoicedNeighboursOnly() {
        // at index 2 the window holds 100, 0, 110, 300, 0: the voiced values are 100, 110, 300
        assertEquals(110, MedianFilter.voiced(new float[] {100, 0, 110, 300, 0}, 5)[2]);
    }

    @Test
    void shouldUseTheShorterWindowAtTheEdges() {
        float[] out = MedianFilter.voiced(new float[] {50, 200, 210, 220, 60}, 5);
        assertEquals(200, out[0]); // 50, 200, 210
        assertEquals(210, out[4]); // 210, 220, 60
    }

    @Test
    void shouldKeepASteadyContourAndAnEmptyOne() {
        assertArrayEquals(new float[] {150, 150, 150}, MedianFilter.voiced(new float[] {150, 150, 150}, 5));
        assertArrayEquals(new float[0], MedianFilter.voiced(new float[0], 5));
    }
}
