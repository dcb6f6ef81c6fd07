package studio.loqui.film.rest;

import java.time.OffsetDateTime;

/** An absolute download URL that works without a token until {@code expires_at} (UTC). */
public record SignedUrlView(String url, OffsetDateTime expiresAt) {
}
