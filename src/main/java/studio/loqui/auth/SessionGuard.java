package studio.loqui.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Accepts only access tokens whose session is still open: logout and refresh reuse end them at once. */
@ApplicationScoped
public class SessionGuard implements SecurityIdentityAugmentor {

    private final SessionRegistry sessions;

    public SessionGuard(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || ApiKeyIdentityProvider.isApiKey(identity)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String sessionId = sessions.sessionOfAccessToken(jwt);
        if (sessionId == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not an access token"));
        }
        Boolean cached = sessions.cached(sessionId);
        if (cached != null) {
            return cached ? Uni.createFrom().item(identity) : revoked();
        }
        return context.runBlocking(() -> {
            if (!sessions.isActive(sessionId)) {
                throw new AuthenticationFailedException("Session has ended");
            }
            return identity;
        });
    }

    private static Uni<SecurityIdentity> revoked() {
        return Uni.createFrom().failure(new AuthenticationFailedException("Session has ended"));
    }
}
