package studio.loqui.auth.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.AuthService;
import studio.loqui.auth.CurrentUser;
import studio.loqui.auth.TokenService;

/** Seeds 001 and 003: {@code /api/v1/auth/*}. */
@Path("/api/v1/auth")
@Tag(name = "Auth")
public class AuthV1Resource extends AuthEndpoints {

    public AuthV1Resource(AuthService auth, TokenService tokens, CurrentUser caller) {
        super(auth, tokens, caller);
    }
}
