package studio.loqui.avatar;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who calls a seed-004 endpoint. Authentication is optional there; when an API key is configured
 * ({@code API_KEY}), a request needs {@code X-API-Key}, {@code ?api_key=} or a valid bearer token.
 * A caller with a bearer token owns what they upload and render; anonymous files belong to no one and
 * are reached only through their unguessable names.
 */
@RequestScoped
public class AvatarCaller {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final Optional<String> apiKey;

    public AvatarCaller(SecurityIdentity identity, HttpServerRequest request, LoquiConfig config) {
        this.identity = identity;
        this.request = request;
        this.apiKey = config.auth().apiKey().filter(k -> !k.isBlank());
    }

    /** The caller's user id, or null when anonymous; throws 401 when an API key is required and missing. */
    public Long requireAccess() {
        Long user = userId();
        if (apiKey.isPresent() && user == null && !keyMatches()) {
            throw ApiException.unauthorized("A valid API key (X-API-Key header or api_key parameter) is required");
        }
        return user;
    }

    private Long userId() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getSubject() == null) {
            return null;
        }
        return Long.parseLong(jwt.getSubject());
    }

    private boolean keyMatches() {
        String given = request.getHeader("X-API-Key");
        if (given == null) {
            given = request.getParam("api_key");
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.get().getBytes(StandardCharsets.UTF_8));
    }
}
