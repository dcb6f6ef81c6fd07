package studio.loqui.lipsync;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The quality levels of a re-encoded lip-synced video (as generate-video's): bit rates proportional to the pixel count. */
public enum LipSyncQuality {
    LOW(1.0, 96),
    MEDIUM(2.5, 128),
    HIGH(5.0, 192);

    private final double videoBitsPerPixelSecond;
    private final int audioKbps;

    LipSyncQuality(double videoBitsPerPixelSecond, int audioKbps) {
        this.videoBitsPerPixelSecond = videoBitsPerPixelSecond;
        this.audioKbps = audioKbps;
    }

    public static Optional<LipSyncQuality> parse(String name) {
        return Arrays.stream(values()).filter(q -> q.label().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public long videoBitRate(int width, int height) {
        return Math.max(100_000, Math.round(width * (double) height * videoBitsPerPixelSecond));
    }

    public String audioBitRate() {
        return audioKbps + "k";
    }
}
