package studio.loqui.dubbing.extract;

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
import studio.loqui.dubbing.extract.ExtractAudioService;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

/** Seed 001: {@code POST /api/v1/process/extract-audio}. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class ExtractAudioResource {

    private final ExtractAudioService extraction;
    private final CurrentUser caller;

    public ExtractAudioResource(ExtractAudioService extraction, CurrentUser caller) {
        this.extraction = extraction;
        this.caller = caller;
    }

    @POST
    @Path("extract-audio")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Extract the audio track of an uploaded video (wav, mp3 or flac) as a new file, as a job")
    public Response extract(@Valid @RequiredBody(message = ExtractAudioRequest.REQUIRED) ExtractAudioRequest request,
                            @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        JobSubmission submission = extraction.submit(caller.id(), request.videoFileId(), request.audioFormat(),
                request.sampleRate(), new JobOptions(key, request.webhookUrl(), request.metadata()));
        return JobResponses.accepted(submission);
    }
}
