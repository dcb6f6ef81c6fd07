package studio.loqui.film.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.film.FilmDownloads;

/** Seed 003's signed download URLs: the film of a completed job, no bearer token, with HTTP ranges. */
@Path("/api/v1/films")
@PermitAll
@Tag(name = "Film jobs")
public class FilmDownloadResource {

    private final FilmDownloads downloads;

    public FilmDownloadResource(FilmDownloads downloads) {
        this.downloads = downloads;
    }

    @GET
    @Path("{job_id}/film.mp4")
    @Produces({"video/mp4", "application/json"})
    @Operation(summary = "Download a film through the signed URL that POST /api/v1/jobs/signed-url returned")
    public Response download(@PathParam("job_id") long jobId, @QueryParam("expires") String expires,
                             @QueryParam("signature") String signature, @HeaderParam("Range") String range) {
        return downloads.serve(jobId, expires, signature, range);
    }
}
