package studio.loqui.media.separation;

/**
 * Which values of a sequence lie in a window of {@code width} consecutive values over which the frequency spans at
 * most a tolerance and the magnitude at most a ratio: sliding minima and maxima (monotone queues), so O(n).
 */
final class SteadyWindows {

    private SteadyWindows() {
    }

    /** Over {@code [from, to)} of the two arrays, sets {@code steady[i - from]} for every value in a steady window. */
    static boolean[] of(float[] frequency, float[] magnitude, int from, int to, int width, double tolerance,
                        double ratio) {
        int n = to - from;
        boolean[] steady = new boolean[n];
        if (n < width) {
            return steady;
        }
        Extremes lowFrequency = new Extremes(n, true);
        Extremes highFrequency = new Extremes(n, false);
        Extremes lowMagnitude = new Extremes(n, true);
        Extremes highMagnitude = new Extremes(n, false);
        int marked = 0;
        for (int i = 0; i < n; i++) {
            lowFrequency.add(frequency, from, i, width);
            highFrequency.add(frequency, from, i, width);
            lowMagnitude.add(magnitude, from, i, width);
            highMagnitude.add(magnitude, from, i, width);
            int start = i - width + 1;
            if (start < 0) {
                continue;
            }
            double quiet = lowMagnitude.value(magnitude, from);
            if (highFrequency.value(frequency, from) - lowFrequency.value(frequency, from) <= tolerance
                    && quiet > 0 && highMagnitude.value(magnitude, from) <= ratio * quiet) {
                for (int j = Math.max(marked, start); j <= i; j++) {
                    steady[j] = true;
                }
                marked = i + 1;
            }
        }
        return steady;
    }

    /** The index of the smallest (or largest) value of the last {@code width} added, as a monotone queue. */
    private static final class Extremes {
        private final int[] queue;
        private final boolean smallest;
        private int head;
        private int tail;

        Extremes(int capacity, boolean smallest) {
            this.queue = new int[capacity];
            this.smallest = smallest;
        }

        void add(float[] values, int offset, int i, int width) {
            float v = values[offset + i];
            while (tail > head && (smallest ? values[offset + queue[tail - 1]] >= v
                    : values[offset + queue[tail - 1]] <= v)) {
                tail--;
            }
            queue[tail++] = i;
            if (queue[head] <= i - width) {
                head++;
            }
        }

        float value(float[] values, int offset) {
            return values[offset + queue[head]];
        }
    }
}
