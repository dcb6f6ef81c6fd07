package studio.loqui.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Answers "is this session still open, and its account enabled?" for every authenticated request. A
 * revocation or a disabling in this process takes effect at once; one made by another process of a cluster,
 * or an account disabled straight in the database, within {@link #TTL}.
 */
@ApplicationScoped
public class SessionRegistry {

    static final Duration TTL = Duration.ofSeconds(10);

    private final Cache<String, Boolean> active = Caffeine.newBuilder()
            .expireAfterWrite(TTL)
            .maximumSize(100_000)
            .build();

    private final Cache<String, String> sessionByAccessToken = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    /**
     * The session of an access token, or null when the token is not an access token. Remembered per
     * token id, because reading custom claims is slow in SmallRye JWT (it throws internally).
     */
    public String sessionOfAccessToken(JsonWebToken jwt) {
        String tokenId = jwt.getTokenID();
        if (tokenId == null) {
            return null;
        }
        String session = sessionByAccessToken.get(tokenId, id -> {
            boolean access = "access".equals(jwt.getClaim(TokenService.TOKEN_USE));
            String sid = jwt.getClaim(TokenService.SESSION);
            return access && sid != null ? sid : "";
        });
        return session.isEmpty() ? null : session;
    }

    /** The cached answer, or null when the database must be asked. */
    public Boolean cached(String sessionId) {
        return active.getIfPresent(sessionId);
    }

    @ActivateRequestContext
    public boolean isActive(String sessionId) {
        AuthSession session = AuthSession.findById(sessionId);
        boolean open = session != null && session.isActive(OffsetDateTime.now(ZoneOffset.UTC)) && accountActive(session);
        active.put(sessionId, open);
        return open;
    }

    private static boolean accountActive(AuthSession session) {
        User user = User.findById(session.userId);
        return user != null && user.active;
    }

    public void markRevoked(String sessionId) {
        active.put(sessionId, false);
    }
}
