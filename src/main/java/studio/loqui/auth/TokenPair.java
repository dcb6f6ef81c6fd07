package studio.loqui.auth;

import java.time.Instant;

/** What a login, registration or refresh hands out. */
public record TokenPair(long userId, String accessToken, String refreshToken, long expiresIn, Instant expiresAt) {
}
