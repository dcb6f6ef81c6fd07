package studio.loqui.user.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.system.RequiredBody;
import studio.loqui.user.ProfileService;

/** Seed 000: {@code /api/user/profile} and {@code /api/user/stats}. */
@Path("/api/user")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "User")
public class ProfileResource {

    private final ProfileService profiles;
    private final CurrentUser caller;

    public ProfileResource(ProfileService profiles, CurrentUser caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Path("profile")
    @Operation(summary = "The caller's profile")
    public Uni<ProfileView> profile() {
        long userId = caller.id();
        ProfileService.Profile known = profiles.cachedProfile(userId);
        if (known != null) {
            return Uni.createFrom().item(ProfileView.of(known));
        }
        return Uni.createFrom().item(() -> ProfileView.of(profiles.profile(userId)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update first_name, last_name and bio (fields left out are kept)")
    public ProfileView update(@Valid @RequiredBody(message = ProfileUpdate.REQUIRED) ProfileUpdate update) {
        return ProfileView.of(profiles.update(caller.id(), update.firstName(), update.lastName(), update.bio()));
    }

    @GET
    @Path("stats")
    @Operation(summary = "The caller's voice clones counted by status")
    public StatsView stats() {
        return StatsView.of(profiles.cloneCounts(caller.id()));
    }
}
