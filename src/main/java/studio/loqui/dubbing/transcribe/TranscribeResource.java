package studio.loqui.dubbing.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import studio.loqui.auth.CurrentUser;
import studio.loqui.dubbing.transcribe.TranscribeService;
import studio.loqui.dubbing.transcribe.TranscriptFormat;
import studio.loqui.dubbing.transcribe.TranscriptService;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobSubmission;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

/** Seed 001: {@code POST /api/v1/process/transcribe}, and the finished transcript as JSON, WebVTT or SRT. */
@Path("/api/v1/process")
@Tag(name = "Processing jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
public class TranscribeResource {

    private final TranscribeService transcription;
    private final TranscriptService transcripts;
    private final CurrentUser caller;

    public TranscribeResource(TranscribeService transcription, TranscriptService transcripts, CurrentUser caller) {
        this.transcription = transcription;
        this.transcripts = transcripts;
        this.caller = caller;
    }

    @POST
    @Path("transcribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Transcribe an uploaded audio or video file to text with word timings, as a job")
    public Response transcribe(@Valid @RequiredBody(message = TranscribeRequest.REQUIRED) TranscribeRequest request,
                               @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        JobSubmission submission = transcription.submit(caller.id(), request.audioFileId(), request.sourceLanguage(),
                request.model(), new JobOptions(key, request.webhookUrl(), request.metadata()));
        return JobResponses.accepted(submission);
    }

    @GET
    @Path("transcripts/{job_id}")
    @Produces({MediaType.APPLICATION_JSON, "text/vtt", "application/x-subrip"})
    @Operation(summary = "The transcript of a finished transcribe job: format=json (default), vtt or srt")
    public Response transcript(@RestPath("job_id") String jobId, @RestQuery String format) {
        TranscriptFormat wanted = TranscriptFormat.parse(format)
                .orElseThrow(() -> ApiException.invalidField("format", "must be one of json, vtt, srt"));
        JsonNode result = transcripts.transcript(caller.id(), jobId);
        Object body = wanted == TranscriptFormat.JSON ? result : wanted.subtitles(result.get("segments"));
        return Response.ok(body, wanted.mediaType()).build();
    }
}
