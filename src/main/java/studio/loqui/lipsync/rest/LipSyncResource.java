package studio.loqui.lipsync.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.lipsync.LipSyncRequest;
import studio.loqui.lipsync.LipSyncService;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

/** {@code POST /api/v1/process/lip-sync}. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class LipSyncResource {

    private final LipSyncService lipSync;
    private final CurrentUser caller;

    public LipSyncResource(LipSyncService lipSync, CurrentUser caller) {
        this.lipSync = lipSync;
        this.caller = caller;
    }

    @POST
    @Path("lip-sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Make the face in an uploaded video mouth an uploaded audio file, which becomes its sound"
            + " (mp4, webm or lossless mkv; frames without a face go through unchanged), as a job")
    public Response lipSync(@Valid @RequiredBody(message = LipSyncRequest.REQUIRED) LipSyncRequest request,
                            @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        return JobResponses.accepted(lipSync.submit(caller.id(), request,
                new JobOptions(key, request.webhookUrl(), request.metadata())));
    }
}
