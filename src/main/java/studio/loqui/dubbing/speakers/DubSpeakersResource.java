package studio.loqui.dubbing.speakers;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import studio.loqui.auth.CurrentUser;
import studio.loqui.system.ApiException;

import java.util.List;

/** The speakers the caller's dubs have told apart and will recognise again, and forgetting one of them. */
@Path("/api/v1/process/dub/speakers")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class DubSpeakersResource {

    private final KnownSpeakers known;
    private final CurrentUser caller;

    public DubSpeakersResource(KnownSpeakers known, CurrentUser caller) {
        this.known = known;
        this.caller = caller;
    }

    /** The caller's registered speakers. */
    public record Speakers(List<KnownSpeakers.Listed> speakers) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The speakers your dubs told apart, each with the voice a later dub recognising them uses")
    public Speakers list() {
        return new Speakers(known.list(caller.id()));
    }

    @DELETE
    @Path("{speaker_id}")
    @Operation(summary = "Forget a speaker (their voiceprint goes): later dubs hear them as a new speaker")
    public Response forget(@RestPath("speaker_id") String speakerId) {
        if (!known.forget(caller.id(), speakerId)) {
            throw ApiException.notFound("Speaker " + speakerId + " not found");
        }
        return Response.noContent().build();
    }
}
