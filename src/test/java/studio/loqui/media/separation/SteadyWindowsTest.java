package studio.loqui.media.separation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SteadyWindowsTest {

    @Test
    void shouldMarkOnlyTheValuesOfWindowsThatHoldInFrequencyAndMagnitude() {
        float[] frequency = {100, 101, 102, 103, 120, 121, 122, 122, 122, 140};
        float[] magnitude = {1, 1, 1, 1, 1, 1, 9, 1, 1, 1};
        boolean[] steady = SteadyWindows.of(frequency, magnitude, 0, frequency.length, 3, 2.5, 4);
        // 100-102 and 101-103 hold (the latter spans 2 Hz); 120-122 spans 2 Hz but one magnitude is 9x; 122,122,140 moves
        assertArrayEquals(new boolean[]{true, true, true, true, false, false, false, false, false, false}, steady);
    }

    @Test
    void shouldWorkOnAPartOfTheArrays() {
        float[] frequency = {500, 200, 200, 200, 900};
        float[] magnitude = {1, 2, 2, 2, 1};
        assertArrayEquals(new boolean[]{true, true, true},
                SteadyWindows.of(frequency, magnitude, 1, 4, 3, 1, 2));
        assertArrayEquals(new boolean[]{false, false}, SteadyWindows.of(frequency, magnitude, 1, 3, 3, 1, 2));
    }
}
