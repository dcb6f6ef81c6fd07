package studio.loqui.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Token buckets (Bucket4j) per bucket and key, kept in memory while in use. */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();
    private final Cache<String, Boolean> knownAddresses = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(30))
            .maximumSize(200_000)
            .build();
    private final LoquiConfig.RateLimit config;

    public RateLimiter(LoquiConfig config) {
        this.config = config.rateLimit();
    }

    /** Takes one request from the bucket; empty when allowed, else the seconds to wait before retrying. */
    public OptionalLong tryConsume(RateBucket bucket, String key) {
        if (bucket == RateBucket.NONE) {
            return OptionalLong.empty();
        }
        ConsumptionProbe probe = buckets.get(bucket + ":" + key, k -> newBucket(limits(bucket)))
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Counts one failed login against the account, both from this address and from anywhere. */
    public void recordFailedLogin(String account, String address) {
        failedLogins(account, address).tryConsume(1);
        failedLogins(account, null).tryConsume(1);
    }

    /** Remembers an address the account's owner logged in from: the account-wide lock lets it through. */
    public void recordSuccessfulLogin(String account, String address) {
        knownAddresses.put(key(account, address), Boolean.TRUE);
    }

    /**
     * Throws 429 when this address has guessed wrong too often for the account, or when the account has had
     * too many failures from anywhere and the address is not one its owner logged in from before: a guesser
     * is refused, the owner at a usual address still gets in with the right password.
     */
    public void checkLoginAllowed(String account, String address) {
        refuseWhenEmpty(failedLogins(account, address));
        if (knownAddresses.getIfPresent(key(account, address)) == null) {
            refuseWhenEmpty(failedLogins(account, null));
        }
    }

    private static void refuseWhenEmpty(Bucket bucket) {
        var estimate = bucket.estimateAbilityToConsume(1);
        if (!estimate.canBeConsumed()) {
            throw ApiException.tooManyRequests(seconds(estimate.getNanosToWaitForRefill()));
        }
    }

    private static String key(String account, String address) {
        return account.toLowerCase() + (address == null ? "" : "|" + address);
    }

    private Bucket failedLogins(String account, String address) {
        return buckets.get("login:" + key(account, address),
                k -> newBucket(List.of(limit(config.failedLoginsPerAccount(), Duration.ofMinutes(15)))));
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
    }

    private List<Bandwidth> limits(RateBucket bucket) {
        return switch (bucket) {
            case AUTH -> List.of(limit(config.authPerMinute(), Duration.ofMinutes(1)));
            case UPLOAD -> List.of(limit(config.uploadPerHour(), Duration.ofHours(1)));
            case PROCESSING -> List.of(limit(config.processingPerHour(), Duration.ofHours(1)));
            default -> List.of(limit(config.generalPerMinute(), Duration.ofMinutes(1)),
                    limit(config.generalPerHour(), Duration.ofHours(1)));
        };
    }

    private static Bandwidth limit(long capacity, Duration period) {
        return Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build();
    }

    private static Bucket newBucket(List<Bandwidth> limits) {
        var builder = Bucket.builder();
        limits.forEach(builder::addLimit);
        return builder.build();
    }
}
