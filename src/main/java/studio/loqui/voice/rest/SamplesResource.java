package studio.loqui.voice.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import studio.loqui.auth.CurrentUser;
import studio.loqui.storage.FileNames;
import studio.loqui.storage.Uploads;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;
import studio.loqui.system.Paging;
import studio.loqui.speech.SampleService;

import java.util.Map;

/** Seed 002: voice samples. */
@Path("/api/samples")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samples")
public class SamplesResource {

    private final SampleService samples;
    private final SampleViews views;
    private final CurrentUser caller;

    public SamplesResource(SampleService samples, SampleViews views, CurrentUser caller) {
        this.samples = samples;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited(RateBucket.UPLOAD)
    @Operation(summary = "Upload or record a voice sample; under 3 s of speech, silence or noise is refused saying why")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("sample_name") String sampleName,
                           @RestForm("upload_type") String uploadType) {
        Uploads.require(file, "file");
        var sample = samples.upload(caller.id(), new SampleService.NewSample(file.uploadedFile(),
                FileNames.sanitize(file.fileName(), "wav"), sampleName, uploadType));
        return Response.status(201).entity(views.of(sample)).build();
    }

    @GET
    @Path("")
    @Operation(summary = "The caller's samples")
    public Map<String, Object> list(@QueryParam("skip") Integer skip, @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(skip, limit);
        return Map.of("samples", samples.list(caller.id(), page.skip(), page.limit()).stream().map(views::of).toList(),
                "total", samples.count(caller.id()));
    }

    @GET
    @Path("{sample_id}")
    @Operation(summary = "One sample, with the voice measured from it")
    public SampleView get(@PathParam("sample_id") long id) {
        return views.of(samples.require(caller.id(), id));
    }

    @DELETE
    @Path("{sample_id}")
    @Operation(summary = "Delete a sample, its recording and the voice made from it; generated audio stays")
    public Response delete(@PathParam("sample_id") long id) {
        samples.delete(caller.id(), id);
        return Response.noContent().build();
    }
}
