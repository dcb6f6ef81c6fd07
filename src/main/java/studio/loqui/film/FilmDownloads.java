package studio.loqui.film;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import studio.loqui.storage.Asset;
import studio.loqui.storage.AssetService;
import studio.loqui.storage.FileResponses;
import studio.loqui.system.ApiException;

import java.net.URI;

/** Signs download URLs for an owner's completed film and serves the film to whoever holds a valid one. */
@ApplicationScoped
public class FilmDownloads {

    private final FilmJobService jobs;
    private final SignedFilmUrls urls;
    private final AssetService assets;
    private final FilmSettings settings;

    public FilmDownloads(FilmJobService jobs, SignedFilmUrls urls, AssetService assets, FilmSettings settings) {
        this.jobs = jobs;
        this.urls = urls;
        this.assets = assets;
        this.settings = settings;
    }

    /** An absolute URL: the configured public base, or else the address the request came to. */
    public record Link(String url, java.time.Instant expiresAt) {
    }

    public Link sign(long ownerId, long jobId, URI requestBase) {
        jobs.requireCompleted(ownerId, jobId);
        SignedFilmUrls.Signed signed = urls.sign(jobId);
        String base = settings.publicBaseUrl().orElse(requestBase.toString()).replaceAll("/+$", "");
        return new Link(base + signed.pathAndQuery(), signed.expiresAt());
    }

    @Transactional
    public Response serve(long jobId, String expires, String signature, String range) {
        urls.verify(jobId, expires, signature);
        Asset film = jobs.filmAsset(jobId).map(id -> Asset.<Asset>findById(id))
                .orElseThrow(() -> ApiException.notFound("Film " + jobId + " not found"));
        return FileResponses.download(assets.pathOf(film), "video/mp4", "film-" + jobId + ".mp4", range);
    }
}
