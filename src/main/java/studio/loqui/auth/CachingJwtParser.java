package studio.loqui.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * Verifies each distinct token once: a client sends the same bearer token on every request for an hour,
 * and an RSA signature check per request is most of what an authenticated request costs. A remembered
 * token is still refused once expired; revocation is checked per request by {@link SessionGuard}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    public CachingJwtParser(JWTAuthContextInfo context) {
        super(context);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return known;
        }
        verified.invalidate(token);
        JsonWebToken jwt = super.parse(token);
        verified.put(token, jwt);
        return jwt;
    }
}
