package studio.loqui.media.separation;

import java.util.ArrayDeque;
import java.util.Deque;

/** Per frequency bin, the smallest power within a number of frames either side (a sliding minimum, O(n)). */
final class BackgroundFloor {

    private BackgroundFloor() {
    }

    static float[][] track(float[][] power, int halfWidth) {
        int frames = power.length;
        int bins = power[0].length;
        float[][] floor = new float[frames][bins];
        Deque<Integer> candidates = new ArrayDeque<>();
        for (int k = 0; k < bins; k++) {
            candidates.clear();
            int next = 0;
            for (int f = 0; f < frames; f++) {
                for (; next < frames && next <= f + halfWidth; next++) {
                    while (!candidates.isEmpty() && power[candidates.peekLast()][k] >= power[next][k]) {
                        candidates.pollLast();
                    }
                    candidates.addLast(next);
                }
                while (candidates.peekFirst() < f - halfWidth) {
                    candidates.pollFirst();
                }
                floor[f][k] = power[candidates.peekFirst()][k];
            }
        }
        return floor;
    }
}
