package studio.loqui.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The product's settings under the {@code loqui.} prefix; the media engines' are in {@code media.MediaConfig}. */
@ConfigMapping(prefix = "loqui")
public interface LoquiConfig {

    Storage storage();

    Auth auth();

    RateLimit rateLimit();


    interface Storage {
        /** Folder that holds the database, keys, uploads and generated media. */
        @WithDefault("./storage")
        String root();

        /**
         * How old a stored file without a database row (or a half-moved {@code .part}) must be before the
         * sweeper removes it: long enough for another server of a cluster to commit a file it is storing.
         */
        @WithDefault("60s")
        Duration orphanGrace();

        /** How often stored files are checked for orphans (also once shortly after start). */
        @WithDefault("10m")
        Duration sweepEvery();
    }

    interface Auth {
        /** Lifetime of an access token, in seconds (seed 001: one hour). */
        @WithDefault("3600")
        long accessTokenSeconds();

        /** Lifetime of a refresh token, in seconds. */
        @WithDefault("1209600")
        long refreshTokenSeconds();

        /** bcrypt cost factor for password hashes (each step doubles the work). */
        @WithDefault("11")
        int bcryptCost();

        /** Shortest password accepted at registration. */
        @WithDefault("6")
        int minPasswordLength();

        /** PEM private key used to sign tokens; generated under storage/keys when absent. */
        Optional<String> signKeyLocation();

        /** PEM public key that verifies tokens; generated with the private key when absent. */
        Optional<String> verifyKeyLocation();

        /** Seed 004's optional API key: when set, avatar endpoints require it or a bearer token. */
        Optional<String> apiKey();
    }

    interface RateLimit {
        /** Authentication requests per minute per client address. */
        @WithDefault("5")
        long authPerMinute();

        /** Uploads per hour per user. */
        @WithDefault("10")
        long uploadPerHour();

        /** Processing requests (jobs) per hour per user. */
        @WithDefault("20")
        long processingPerHour();

        /** Any other request per minute per user. */
        @WithDefault("100")
        long generalPerMinute();

        /** Any other request per hour per user. */
        @WithDefault("1000")
        long generalPerHour();

        /**
         * Failed logins per account per 15 minutes before logins are refused: from one address, that address;
         * from all together, every address the owner has not logged in from before.
         */
        @WithDefault("10")
        long failedLoginsPerAccount();
    }
}
