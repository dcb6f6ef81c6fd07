package studio.loqui.film.rest;

/** Seed 003: which completed job's film to sign a download URL for. */
public record SignedUrlRequest(Long jobId) {
}
