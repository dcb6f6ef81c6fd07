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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.jobs.JobOptions;
import studio.loqui.jobs.JobView;
import studio.loqui.jobs.rest.JobResponses;
import studio.loqui.speech.Generation;
import studio.loqui.speech.GenerationService;
import studio.loqui.system.Paging;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.RequiredBody;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 002: speech generated in a sample's voice. */
@Path("/api/generation")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Generation")
public class GenerationResource {

    private final GenerationService generations;
    private final CurrentUser caller;

    public GenerationResource(GenerationService generations, CurrentUser caller) {
        this.generations = generations;
        this.caller = caller;
    }

    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Speak a script in a sample's voice, as a job (Idempotency-Key, webhook_url honoured)")
    public Response create(@Valid @RequiredBody(message = GenerationRequest.REQUIRED) GenerationRequest request,
                           @HeaderParam(JobResponses.IDEMPOTENCY_KEY) String key) {
        Generation generation = generations.create(caller.id(), new GenerationService.NewGeneration(
                request.sampleId(), request.voiceProfileId(), request.modelName(), request.scriptText(),
                request.language(), request.format()), new JobOptions(key, request.webhookUrl(), request.metadata()));
        return Response.status(201).entity(view(generation)).build();
    }

    @GET
    @Path("status/{audio_id}")
    @Operation(summary = "Progress of a generation")
    public Map<String, Object> status(@PathParam("audio_id") long id) {
        Generation generation = generations.require(caller.id(), id);
        JobView job = generations.job(generation);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audio_id", generation.id);
        body.put("status", GenerationView.seedStatus(job.status()));
        body.put("progress", job.progress());
        body.put("message", job.error() != null ? job.error() : job.message());
        return body;
    }

    @GET
    @Path("")
    @Operation(summary = "The caller's generations")
    public Map<String, Object> list(@QueryParam("skip") Integer skip, @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(skip, limit);
        return Map.of("generations", generations.list(caller.id(), page.skip(), page.limit()).stream()
                .map(this::view).toList(), "total", generations.count(caller.id()));
    }

    @GET
    @Path("{audio_id}")
    @Operation(summary = "One generation")
    public GenerationView get(@PathParam("audio_id") long id) {
        return view(generations.require(caller.id(), id));
    }

    @DELETE
    @Path("{audio_id}")
    @Operation(summary = "Delete a generation and its audio (cancelling it if it still runs)")
    public Response delete(@PathParam("audio_id") long id) {
        generations.delete(caller.id(), id);
        return Response.noContent().build();
    }

    private GenerationView view(Generation generation) {
        JobView job = generations.job(generation);
        return GenerationView.of(generation, job, generations.output(job).orElse(null));
    }
}
