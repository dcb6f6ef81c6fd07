package studio.loqui.film.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestStreamElementType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.CurrentUser;
import studio.loqui.film.FilmDownloads;
import studio.loqui.film.FilmJobService;
import studio.loqui.film.FilmStatus;
import studio.loqui.film.FilmStoryboard;
import studio.loqui.film.PriceTable;
import studio.loqui.system.ApiException;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.time.ZoneOffset;
import java.util.List;

/** Seed 003: script-to-film jobs and their cost. */
@Path("/api/v1/jobs")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Film jobs")
public class FilmJobsResource {

    private final FilmJobService jobs;
    private final FilmDownloads downloads;
    private final CurrentUser caller;
    private final FilmStoryboard storyboards;

    public FilmJobsResource(FilmJobService jobs, FilmDownloads downloads, CurrentUser caller,
                            FilmStoryboard storyboards) {
        this.jobs = jobs;
        this.storyboards = storyboards;
        this.downloads = downloads;
        this.caller = caller;
    }

    @POST
    @Path("estimate-cost")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Price a film config with the documented price table")
    public CostView estimate(FilmConfigRequest config) {
        return CostView.of(PriceTable.price(configOf(config)));
    }

    @POST
    @Path("storyboard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Preview a script as a storyboard before rendering: one picture per scene, the drawings chosen"
            + " and the timings, in a few seconds and free of charge (cost 0)")
    public StoryboardView storyboard(StoryboardRequest request) {
        if (request == null) {
            throw ApiException.invalidField("script", "is required");
        }
        return StoryboardView.of(storyboards.preview(request.script(), configOf(request.config())));
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.PROCESSING)
    @Operation(summary = "Turn a script into a film: moderated and priced first, then rendered in the background")
    public Response create(FilmJobRequest request) {
        if (request == null || request.projectId() == null) {
            throw ApiException.invalidField("project_id", "is required");
        }
        FilmJobView view = FilmJobView.of(jobs.create(caller.id(), request.projectId(), request.script(),
                configOf(request.config())));
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("")
    @Operation(summary = "The caller's film jobs")
    public List<FilmJobView> list() {
        return jobs.list(caller.id()).stream().map(FilmJobView::of).toList();
    }

    @GET
    @Path("{job_id}")
    @Operation(summary = "One film job")
    public FilmJobView get(@PathParam("job_id") long id) {
        return FilmJobView.of(jobs.get(caller.id(), id));
    }

    @GET
    @Path("{job_id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events for a film job: the job on every change, closing when it ends")
    public Multi<FilmJobView> events(@PathParam("job_id") long id) {
        return jobs.follow(caller.id(), id).map(FilmJobView::of);
    }

    @POST
    @Path("signed-url")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A download URL for a completed job's film that works without a token until it expires")
    public SignedUrlView signedUrl(SignedUrlRequest request, @Context UriInfo uri) {
        if (request == null || request.jobId() == null) {
            throw ApiException.invalidField("job_id", "is required");
        }
        FilmDownloads.Link link = downloads.sign(caller.id(), request.jobId(), uri.getBaseUri());
        return new SignedUrlView(link.url(), link.expiresAt().atOffset(ZoneOffset.UTC));
    }

    @PATCH
    @Path("{job_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a job by setting status to cancelled; other status or progress changes are refused (400)")
    public FilmJobView update(@PathParam("job_id") long id, FilmJobPatch patch) {
        FilmJobView now = FilmJobView.of(jobs.get(caller.id(), id));
        if (patch == null || patch.status() == null && patch.progress() == null) {
            throw ApiException.badRequest("Nothing to change: only {\"status\": \"cancelled\"} is accepted");
        }
        if (patch.progress() != null && patch.progress() != now.progress()) {
            throw ApiException.badRequest("progress is reported by the renderer and cannot be set by a client");
        }
        if (patch.status() == null || patch.status().equals(now.status())) {
            return now;
        }
        if (!FilmStatus.CANCELLED.wire().equals(patch.status())) {
            throw ApiException.badRequest("Cannot move a job from " + now.status() + " to " + patch.status()
                    + ": status is set by the server; a client may only set cancelled");
        }
        return FilmJobView.of(jobs.cancel(caller.id(), id));
    }

    @POST
    @Path("{job_id}/cancel")
    @Operation(summary = "Cancel a job")
    public FilmJobView cancel(@PathParam("job_id") long id) {
        return FilmJobView.of(jobs.cancel(caller.id(), id));
    }

    private static studio.loqui.film.FilmConfig configOf(FilmConfigRequest config) {
        return (config == null ? new FilmConfigRequest(null, null, null, null, null, null, null, null, null)
                : config).validated();
    }
}
