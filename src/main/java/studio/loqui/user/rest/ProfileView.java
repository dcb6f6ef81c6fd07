package studio.loqui.user.rest;

import studio.loqui.user.ProfileService;

/** Seed 000's profile. */
public record ProfileView(Long id, String email, String username, String firstName, String lastName, String bio,
                          String fullName) {

    public static ProfileView of(ProfileService.Profile p) {
        return new ProfileView(p.id(), p.email(), p.username(), p.firstName(), p.lastName(), p.bio(), p.fullName());
    }
}
