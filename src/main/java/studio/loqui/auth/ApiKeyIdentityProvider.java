package studio.loqui.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwt.JwtClaims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a live API key into the identity of its holder. The principal is a {@link JsonWebToken} carrying only
 * the user as subject (every resource reads the caller from one); the key's id is an attribute, which
 * {@link SessionGuard} recognises: a key has no session to check, its revocation is checked here.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    /** The attribute naming the API key a request was authenticated with. */
    public static final String KEY_ID = "loqui.api-key-id";

    private final ApiKeyService keys;

    public ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> keys.authenticate(request.key())
                .map(ApiKeyIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key")));
    }

    public static boolean isApiKey(SecurityIdentity identity) {
        return identity.getAttribute(KEY_ID) != null;
    }

    private static SecurityIdentity identityOf(ApiKeyService.Holder holder) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(String.valueOf(holder.userId()));
        claims.setStringListClaim("groups", "user");
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRole("user")
                .addAttribute(KEY_ID, holder.keyId())
                .build();
    }
}
