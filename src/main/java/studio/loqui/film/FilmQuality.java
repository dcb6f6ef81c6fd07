package studio.loqui.film;

import java.util.Locale;

/** Seed 003's {@code quality}: the picture size and the H.264 bitrate asked of the encoder. */
public enum FilmQuality {
    LOW(640, 360, 800_000),
    MEDIUM(1280, 720, 2_500_000),
    HIGH(1920, 1080, 6_000_000);

    private final int width;
    private final int height;
    private final int bitsPerSecond;

    FilmQuality(int width, int height, int bitsPerSecond) {
        this.width = width;
        this.height = height;
        this.bitsPerSecond = bitsPerSecond;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int bitsPerSecond() {
        return bitsPerSecond;
    }

    public static FilmQuality of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
