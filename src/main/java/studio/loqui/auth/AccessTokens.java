package studio.loqui.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.OptionalLong;

/**
 * Checks an access token outside a REST request (a WebSocket handshake, where a browser cannot send an
 * {@code Authorization} header): signed by us, not expired, an access token, its session still open; or a
 * live personal API key.
 */
@ApplicationScoped
public class AccessTokens {

    private final JWTParser parser;
    private final SessionRegistry sessions;
    private final ApiKeyService apiKeys;

    public AccessTokens(JWTParser parser, SessionRegistry sessions, ApiKeyService apiKeys) {
        this.parser = parser;
        this.sessions = sessions;
        this.apiKeys = apiKeys;
    }

    /** The user the token speaks for, or empty when it is not a live access token. */
    @Transactional
    public OptionalLong userOf(String token) {
        if (token == null || token.isBlank()) {
            return OptionalLong.empty();
        }
        if (ApiKeyService.looksLikeKey(token.strip())) {
            return apiKeys.authenticate(token.strip()).map(h -> OptionalLong.of(h.userId())).orElse(OptionalLong.empty());
        }
        try {
            JsonWebToken jwt = parser.parse(token.strip());
            String session = sessions.sessionOfAccessToken(jwt);
            if (session == null || !sessions.isActive(session) || jwt.getSubject() == null) {
                return OptionalLong.empty();
            }
            User user = User.findById(Long.parseLong(jwt.getSubject()));
            return user != null && user.active ? OptionalLong.of(user.id) : OptionalLong.empty();
        } catch (ParseException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
