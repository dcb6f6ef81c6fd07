package studio.loqui.film;

import jakarta.enterprise.context.ApplicationScoped;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;
import studio.loqui.system.SecretFiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Download paths for a finished film that work without a bearer token until they expire: the path names
 * the job and the expiry, and carries an HMAC-SHA256 of both under a server key ({@link FilmSettings}).
 */
@ApplicationScoped
public class SignedFilmUrls {

    public static final String PATH = "/api/v1/films/%d/film.mp4";
    private static final String PURPOSE = "loqui-film-download";

    private final FilmSettings settings;
    private final byte[] key;
    private final Clock clock;

    public SignedFilmUrls(FilmSettings settings, LoquiConfig config) {
        this.settings = settings;
        this.key = settings.signingKey().map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> storedKey(Path.of(config.storage().root(), "keys", "film-url.key")));
        this.clock = Clock.systemUTC();
    }

    /** A signed path (no scheme or host) and when it stops working. */
    public record Signed(String pathAndQuery, Instant expiresAt) {
    }

    public Signed sign(long jobId) {
        Instant expires = clock.instant().plus(settings.signedUrlTtl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new Signed(String.format(PATH, jobId) + "?expires=" + expires.getEpochSecond() + "&signature="
                + signature(jobId, expires.getEpochSecond()), expires);
    }

    /** Throws 403 unless {@code signature} is this server's for the job and expiry, and the expiry is ahead. */
    public void verify(long jobId, String expires, String signature) {
        long at;
        try {
            at = Long.parseLong(expires);
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.forbidden("The download link is not valid");
        }
        byte[] expected = signature(jobId, at).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw ApiException.forbidden("The download link is not valid: its signature does not match");
        }
        if (clock.instant().getEpochSecond() >= at) {
            throw ApiException.forbidden("The download link has expired; ask for a new one");
        }
    }

    private String signature(long jobId, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((PURPOSE + "\n" + jobId + "\n" + expiresEpochSecond)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The key kept under the storage root, made on first use (the first server's key stays; see {@link SecretFiles}). */
    private static byte[] storedKey(Path file) {
        try {
            return Base64.getDecoder().decode(SecretFiles.readOrCreate(file, SignedFilmUrls::freshKey).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the film URL signing key " + file, e);
        }
    }

    private static String freshKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return Base64.getEncoder().encodeToString(fresh);
    }
}
