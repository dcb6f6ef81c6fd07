package studio.loqui.voice.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobView;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.speech.SpeechJobs;
import studio.loqui.speech.Voice;
import studio.loqui.storage.AssetArea;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;
import studio.loqui.voice.VoiceClone;
import studio.loqui.voice.VoiceCloneService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seed 000: voice clones from files of the caller's storage, and speech in them. */
@Path("/api/voice/clones")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voice clones")
public class VoiceClonesResource {

    private final VoiceCloneService clones;
    private final SpeechJobs speech;
    private final CurrentUser caller;

    public VoiceClonesResource(VoiceCloneService clones, SpeechJobs speech, CurrentUser caller) {
        this.clones = clones;
        this.speech = speech;
        this.caller = caller;
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Clone the voice in a file of your storage (as audio.wav or /storage/audio.wav), as a job")
    public Response create(@Valid @RequiredBody(message = CloneRequest.REQUIRED) CloneRequest request,
                           @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        VoiceClone clone = clones.create(caller.id(), request.name(), request.sourceFile(),
                new JobOptions(key, request.webhookUrl(), request.metadata()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", clone.id);
        body.put("status", VoiceCloneService.status(clones.job(clone)));
        body.put("message", "Voice clone job created");
        body.put("job_id", clone.jobId);
        return Response.status(201).entity(body).build();
    }

    @GET
    @Path("")
    @Operation(summary = "The caller's clones")
    public List<CloneView> list() {
        return clones.list(caller.id()).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One clone, with its output file once completed")
    public CloneView get(@PathParam("id") long id) {
        return view(clones.require(caller.id(), id));
    }

    @GET
    @Path("{id}/status")
    @Operation(summary = "A clone's status")
    public Map<String, Object> status(@PathParam("id") long id) {
        JobView job = clones.job(clones.require(caller.id(), id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", VoiceCloneService.status(job));
        body.put("progress", job.progress());
        body.put("message", job.error() != null ? job.error() : job.message());
        return body;
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a clone and its voice (a running clone job is cancelled); files already made stay")
    public Response delete(@PathParam("id") long id) {
        clones.delete(caller.id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/synthesize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Speak any text in a completed clone's voice, as a job; follow it at /api/v1/process/status/{job_id}")
    public Response synthesize(@PathParam("id") long id,
                               @Valid @RequiredBody(message = SynthesizeRequest.REQUIRED) SynthesizeRequest request,
                               @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        VoiceClone clone = clones.require(caller.id(), id);
        if (clone.voiceId == null) {
            throw ApiException.badRequest("Clone " + id + " is not ready yet (" + VoiceCloneService.status(clones.job(clone)) + ")");
        }
        return JobResponses.accepted(speech.submit(caller.id(), new SpeechJobs.Order(clone.voiceId, null, request.text(),
                request.language(), request.format(), AssetArea.GENERATED, null),
                new JobOptions(key, request.webhookUrl(), request.metadata())));
    }

    private CloneView view(VoiceClone clone) {
        Voice voice = clone.voiceId == null ? null : Voice.findById(clone.voiceId);
        return CloneView.of(clone, clones.job(clone), voice);
    }
}
