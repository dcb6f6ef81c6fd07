package studio.loqui.film;

import java.util.Locale;

/** Seed 003's job states. */
public enum FilmStatus {
    PENDING, QUEUED, MODERATING, MODERATION_FAILED, PROCESSING, COMPLETED, FAILED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == MODERATION_FAILED || this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public static FilmStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
