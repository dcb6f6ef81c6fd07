package studio.loqui.media.picture;

import java.util.List;

/**
 * What a video of still pictures shows and when: each shot paints a picture of its subject, each caption
 * lies over the pictures for its span. Spans are in seconds, in order, and cover the whole video.
 */
public record Storyboard(double seconds, List<Shot> shots, List<Caption> captions) {

    /** One picture, painted from {@code subject}, on screen from {@code start} to {@code end}. */
    public record Shot(String subject, double start, double end) {
    }

    /** One caption line, on screen from {@code start} to {@code end}. */
    public record Caption(String line, double start, double end) {
    }

    /** The index of the shot on screen at {@code t} seconds. */
    public int shotAt(double t) {
        return firstEndingAfter(t, shots.stream().map(Shot::end).toList());
    }

    /** The index of the caption on screen at {@code t} seconds. */
    public int captionAt(double t) {
        return firstEndingAfter(t, captions.stream().map(Caption::end).toList());
    }

    private static int firstEndingAfter(double t, List<Double> ends) {
        for (int i = 0; i < ends.size(); i++) {
            if (t < ends.get(i)) {
                return i;
            }
        }
        return ends.size() - 1;
    }
}
