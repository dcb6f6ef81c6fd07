package studio.loqui.auth.rest;

import studio.loqui.auth.User;

import java.time.OffsetDateTime;

/** A user as every family shows one: {@code id} (000, 003) and {@code user_id} (002). */
public record UserView(Long id, Long userId, String email, String username, String fullName, boolean isActive,
                       OffsetDateTime createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id, user.id, user.email, user.username, user.fullName, user.active, user.createdAt);
    }
}
