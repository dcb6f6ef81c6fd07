package studio.loqui.dubbing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Seed 001's quality levels. {@code high} keeps the original picture untouched when it can (stream copy);
 * the others re-encode it at a bit rate proportional to its pixel count.
 */
public enum DubbedVideoQuality {
    LOW(1.0, 96),
    MEDIUM(2.5, 128),
    HIGH(5.0, 192);

    private final double videoBitsPerPixelSecond;
    private final int audioKbps;

    DubbedVideoQuality(double videoBitsPerPixelSecond, int audioKbps) {
        this.videoBitsPerPixelSecond = videoBitsPerPixelSecond;
        this.audioKbps = audioKbps;
    }

    public static Optional<DubbedVideoQuality> parse(String name) {
        return Arrays.stream(values()).filter(q -> q.label().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean keepsOriginalPicture() {
        return this == HIGH;
    }

    public long videoBitRate(int width, int height) {
        return Math.max(100_000, Math.round(width * (double) height * videoBitsPerPixelSecond));
    }

    public String audioBitRate() {
        return audioKbps + "k";
    }
}
