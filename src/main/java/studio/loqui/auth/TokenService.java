package studio.loqui.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import studio.loqui.system.ApiException;
import studio.loqui.system.LoquiConfig;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** Issues, rotates and revokes tokens. A refresh token works once; reusing one revokes its whole family. */
@ApplicationScoped
public class TokenService {

    static final String TOKEN_USE = "token_use";
    static final String SESSION = "sid";

    private final JwtKeys keys;
    private final JWTParser parser;
    private final SessionRegistry sessions;
    private final LoquiConfig.Auth config;

    public TokenService(JwtKeys keys, JWTParser parser, SessionRegistry sessions, LoquiConfig config) {
        this.keys = keys;
        this.parser = parser;
        this.sessions = sessions;
        this.config = config.auth();
    }

    @Transactional
    public TokenPair startSession(User user) {
        AuthSession session = new AuthSession();
        session.id = UUID.randomUUID().toString();
        session.userId = user.id;
        session.createdAt = now();
        session.expiresAt = session.createdAt.plusSeconds(config.refreshTokenSeconds());
        session.persist();
        return issue(user, session.id);
    }

    /** Rotates a refresh token into a new pair; a second use of the same token revokes its family. */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenPair refresh(String refreshToken) {
        JsonWebToken jwt = parseRefresh(refreshToken);
        RefreshToken stored = RefreshToken.findById(jwt.getTokenID());
        AuthSession session = stored == null ? null : AuthSession.findById(stored.sessionId);
        if (session == null || !session.isActive(now())) {
            throw ApiException.unauthorized("Invalid or expired refresh token");
        }
        // One statement claims the token: of two refreshes racing with it, the database lets one update the
        // row (the other waits for its lock, then finds used_at set) and the loser is treated as reuse.
        int claimed = RefreshToken.update("usedAt = ?1 where id = ?2 and usedAt is null", now(), stored.id);
        if (claimed == 0) {
            revoke(session, "refresh_reuse");
            throw ApiException.unauthorized("Refresh token was already used; the session has been ended");
        }
        User user = User.findById(session.userId);
        if (user == null || !user.active) {
            throw ApiException.unauthorized("Account is not active");
        }
        return issue(user, session.id);
    }

    @Transactional
    public void logout(String sessionId) {
        AuthSession session = AuthSession.findById(sessionId);
        if (session != null && session.revokedAt == null) {
            revoke(session, "logout");
        }
    }

    /** Ends every open session of a user, so that all of its access and refresh tokens stop working. */
    @Transactional
    public void endAllSessions(long userId, String reason) {
        for (AuthSession session : AuthSession.<AuthSession>list("userId = ?1 and revokedAt is null", userId)) {
            revoke(session, reason);
        }
    }

    private void revoke(AuthSession session, String reason) {
        session.revokedAt = now();
        session.revokeReason = reason;
        sessions.markRevoked(session.id);
    }

    private JsonWebToken parseRefresh(String token) {
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized("A refresh token is required");
        }
        try {
            JsonWebToken jwt = parser.parse(token.trim());
            if (!"refresh".equals(jwt.getClaim(TOKEN_USE)) || jwt.getTokenID() == null) {
                throw ApiException.unauthorized("Not a refresh token");
            }
            return jwt;
        } catch (ParseException e) {
            throw ApiException.unauthorized("Invalid or expired refresh token");
        }
    }

    private TokenPair issue(User user, String sessionId) {
        Instant issuedAt = Instant.now();
        Instant accessExpiry = issuedAt.plusSeconds(config.accessTokenSeconds());
        String access = Jwt.claims()
                .subject(user.id.toString())
                .upn(user.email)
                .preferredUserName(user.username)
                .groups(Set.of("user"))
                .claim(SESSION, sessionId)
                .claim(TOKEN_USE, "access")
                .issuedAt(issuedAt)
                .expiresAt(accessExpiry)
                .jws().sign(keys.privateKey());

        RefreshToken refresh = new RefreshToken();
        refresh.id = UUID.randomUUID().toString();
        refresh.sessionId = sessionId;
        refresh.issuedAt = OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
        refresh.expiresAt = refresh.issuedAt.plusSeconds(config.refreshTokenSeconds());
        refresh.persist();
        String refreshJwt = Jwt.claims()
                .subject(user.id.toString())
                .claim("jti", refresh.id)
                .claim(SESSION, sessionId)
                .claim(TOKEN_USE, "refresh")
                .issuedAt(issuedAt)
                .expiresAt(refresh.expiresAt.toInstant())
                .jws().sign(keys.privateKey());
        return new TokenPair(user.id, access, refreshJwt, config.accessTokenSeconds(), accessExpiry);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
