package studio.loqui.auth;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads a personal API key from {@code X-API-Key} or {@code Authorization: Bearer lq_...}. It runs before the
 * JWT mechanism, which would refuse a bearer value that is not a token; anything that is not one of our keys
 * (a token, the seed-004 server key) is left to the others.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final int BEFORE_JWT = 2000;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = presented(context);
        return key == null ? Uni.createFrom().nullItem() : identities.authenticate(new ApiKeyRequest(key));
    }

    private static String presented(RoutingContext context) {
        String header = context.request().getHeader(HEADER);
        if (ApiKeyService.looksLikeKey(header)) {
            return header.strip();
        }
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String value = authorization.substring(BEARER.length()).strip();
            return ApiKeyService.looksLikeKey(value) ? value : null;
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public int getPriority() {
        return BEFORE_JWT;
    }
}
