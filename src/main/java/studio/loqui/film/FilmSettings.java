package studio.loqui.film;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Seed 003's film settings ({@code loqui.film.*}). */
@ConfigMapping(prefix = "loqui.film")
public interface FilmSettings {

    /** How long a signed download URL works after it is issued. */
    @WithDefault("PT1H")
    Duration signedUrlTtl();

    /**
     * The HMAC key that signs download URLs. Unset: a random key is generated on first use and kept in
     * {@code <storage root>/keys/film-url.key}, so URLs survive a restart (and all servers sharing the
     * storage agree).
     */
    Optional<String> signingKey();

    /**
     * Scheme, host and port that signed URLs start with, e.g. {@code https://studio.example.com} behind a
     * proxy. Unset: the address the request came to.
     */
    Optional<String> publicBaseUrl();
}
