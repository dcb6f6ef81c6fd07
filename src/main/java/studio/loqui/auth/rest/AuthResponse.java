package studio.loqui.auth.rest;

import studio.loqui.auth.TokenPair;
import studio.loqui.auth.User;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The union of what seeds 000-003 promise for register and login, so every client finds its fields. */
public record AuthResponse(
        Long id,
        Long userId,
        String email,
        String username,
        String fullName,
        boolean isActive,
        OffsetDateTime createdAt,
        String token,
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        Instant expiresAt,
        Brief user) {

    public record Brief(Long id, String email, String username, OffsetDateTime createdAt) {
    }

    public static AuthResponse of(User user, TokenPair tokens) {
        return new AuthResponse(user.id, user.id, user.email, user.username, user.fullName, user.active,
                user.createdAt, tokens.accessToken(), tokens.accessToken(), tokens.refreshToken(), "bearer",
                tokens.expiresIn(), tokens.expiresAt(),
                new Brief(user.id, user.email, user.username, user.createdAt));
    }
}
