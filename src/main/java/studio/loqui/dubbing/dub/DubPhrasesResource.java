package studio.loqui.dubbing.dub;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import studio.loqui.auth.CurrentUser;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

/** The phrases of a finished dub, and corrections of one of them re-rendered as a new job. */
@Path("/api/v1/process/dub/{job_id}/phrases")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class DubPhrasesResource {

    private final DubEdits edits;
    private final CurrentUser caller;

    public DubPhrasesResource(DubEdits edits, CurrentUser caller) {
        this.edits = edits;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The phrases of a finished dub (or dub edit), each with its index and stored audio")
    public DubEdits.Phrases phrases(@RestPath("job_id") String jobId) {
        return edits.phrases(caller.id(), jobId);
    }

    @PATCH
    @Path("{index}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Correct one phrase's translation (or source text) and re-render only it, as a new dub-edit"
            + " job whose result is the whole corrected dub")
    public Response edit(@RestPath("job_id") String jobId, @RestPath int index,
                         @RequiredBody(message = DubEditRequest.REQUIRED) DubEditRequest request,
                         @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        return JobResponses.accepted(edits.submit(caller.id(), jobId, index, request,
                new JobOptions(key, request.webhookUrl(), request.metadata())));
    }
}
