package studio.loqui.dubbing.video;

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
import studio.loqui.dubbing.video.GenerateVideoService;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

/** Seed 001: {@code POST /api/v1/process/generate-video}. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class GenerateVideoResource {

    private final GenerateVideoService generation;
    private final CurrentUser caller;

    public GenerateVideoResource(GenerateVideoService generation, CurrentUser caller) {
        this.generation = generation;
        this.caller = caller;
    }

    @POST
    @Path("generate-video")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Replace the sound of an uploaded video with cloned audio (mp4 or webm) as a new file, as a job")
    public Response generate(@Valid @RequiredBody(message = GenerateVideoRequest.REQUIRED) GenerateVideoRequest request,
                             @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        JobSubmission submission = generation.submit(caller.id(), request.originalVideoId(), request.clonedAudioId(),
                request.outputFormat(), request.quality(), new JobOptions(key, request.webhookUrl(), request.metadata()));
        return JobResponses.accepted(submission);
    }
}
