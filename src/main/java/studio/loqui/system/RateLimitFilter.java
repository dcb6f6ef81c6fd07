package studio.loqui.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ResourceInfo;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** Applies the rate-limit bucket of each endpoint: per user when the caller is known, per address otherwise. */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final Map<Method, RateBucket> bucketByMethod = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    public RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities, MeterRegistry meters) {
        this.limiter = limiter;
        this.identities = identities;
        this.meters = meters;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ResourceInfo resource, HttpServerRequest request) {
        RateBucket bucket = bucketOf(resource);
        if (bucket == RateBucket.NONE) {
            return Uni.createFrom().nullItem();
        }
        String address = ClientAddress.of(request);
        if (bucket == RateBucket.AUTH) {
            return apply(bucket, "ip:" + address);
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .flatMap(identity -> apply(bucket, keyOf(identity, address)));
    }

    private Uni<Response> apply(RateBucket bucket, String key) {
        OptionalLong wait = limiter.tryConsume(bucket, key);
        if (wait.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        meters.counter("loqui.rate.limit.refusals", "bucket", bucket.name().toLowerCase(Locale.ROOT)).increment();
        ApiException refusal = ApiException.tooManyRequests(wait.getAsLong());
        return Uni.createFrom().item(ErrorMapper.respond(refusal.status(), refusal.code(), refusal.getMessage(), null,
                refusal.retryAfterSeconds()));
    }

    private static String keyOf(SecurityIdentity identity, String address) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getSubject() != null) {
            return "user:" + jwt.getSubject();
        }
        return "ip:" + address;
    }

    private RateBucket bucketOf(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return RateBucket.GENERAL;
        }
        return bucketByMethod.computeIfAbsent(method, m -> {
            RateLimited onMethod = m.getAnnotation(RateLimited.class);
            RateLimited onType = resource.getResourceClass().getAnnotation(RateLimited.class);
            return onMethod != null ? onMethod.value() : onType != null ? onType.value() : RateBucket.GENERAL;
        });
    }
}
