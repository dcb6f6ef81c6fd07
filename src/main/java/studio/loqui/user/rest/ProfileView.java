package studio.loqui.user.rest;

import studio.loqui.auth.User;

/** Seed 000's profile. */
public record ProfileView(Long id, String email, String username, String firstName, String lastName, String bio,
                          String fullName) {

    public static ProfileView of(User user) {
        return new ProfileView(user.id, user.email, user.username, user.firstName, user.lastName, user.bio,
                user.fullName);
    }
}
