package studio.loqui.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the job engine, under {@code loqui.jobs.}. */
@ConfigMapping(prefix = "loqui.jobs")
public interface JobsConfig {

    /** Name of this process in the cluster; jobs it runs carry it. Defaults to host name + process id. */
    Optional<String> nodeId();

    /** Workers per job kind when the kind has no entry in {@code pool-size}. */
    @WithDefault("2")
    int defaultPoolSize();

    /** Workers per job kind, e.g. {@code loqui.jobs.pool-size."extract-audio"=2}. */
    Map<String, Integer> poolSize();

    /** How many times a job interrupted by a crash is started before it fails. */
    @WithDefault("3")
    int maxAttempts();

    /** How soon a job whose kind has no free worker asks again. */
    @WithDefault("1s")
    Duration busyRetry();

    /** How often a running job records that it is alive and reads cancel requests. */
    @WithDefault("2s")
    Duration heartbeat();

    /** A processing job whose heartbeat is older than this is considered orphaned and recovered. */
    @WithDefault("60s")
    Duration staleAfter();

    /** How long an {@code Idempotency-Key} returns the job it first created. */
    @WithDefault("24h")
    Duration idempotencyWindow();

    /** Jobs of one kind that may wait for a worker; a submission beyond it is refused with 503 and Retry-After. */
    @WithDefault("200")
    int defaultMaxWaiting();

    /** Waiting-job caps per kind, e.g. {@code loqui.jobs.max-waiting."dub"=20}. */
    Map<String, Integer> maxWaiting();

    /** How long a caller refused by a full queue is told to wait. */
    @WithDefault("30s")
    Duration queueFullRetry();

    /** How many finished jobs of a kind the completion estimate is measured over. */
    @WithDefault("20")
    int estimateSample();

    /** Folder (under the storage root) where running jobs keep their work files. */
    @WithDefault("tmp/jobs")
    String workDirectory();

    Webhook webhook();

    SyncWork syncWork();

    /** Media work a request waits for (voice preview, analysis of an uploaded sample or voice file). */
    interface SyncWork {
        /** How many such pieces of work run at once in this process; a request beyond it is answered 503. */
        @WithDefault("2")
        int threads();

        /** How long a caller refused because every thread is busy is told to wait. */
        @WithDefault("5s")
        Duration retryAfter();
    }

    interface Webhook {
        /** HMAC-SHA256 key that signs webhook calls; generated under storage/keys when absent. */
        Optional<String> secret();

        /** Whether webhook URLs may point at loopback, private or link-local addresses. */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Delivery attempts before a webhook is given up. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the first retry; each later retry waits three times longer. */
        @WithDefault("5s")
        Duration firstRetry();

        /** Time limit of one webhook call. */
        @WithDefault("10s")
        Duration timeout();
    }
}
