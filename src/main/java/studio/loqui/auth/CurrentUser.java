package studio.loqui.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import studio.loqui.system.ApiException;

/** The caller of an authenticated request. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken jwt;

    @Inject
    SessionRegistry sessions;

    public long id() {
        String subject = jwt.getSubject();
        if (subject == null) {
            throw ApiException.unauthorized("Invalid or expired token");
        }
        return Long.parseLong(subject);
    }

    public String sessionId() {
        return sessions.sessionOfAccessToken(jwt);
    }

    public User user() {
        User user = User.findById(id());
        if (user == null || !user.active) {
            throw ApiException.unauthorized("Account no longer exists");
        }
        return user;
    }
}
