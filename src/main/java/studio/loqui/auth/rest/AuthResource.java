package studio.loqui.auth.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.AuthService;
import studio.loqui.auth.CurrentUser;
import studio.loqui.auth.TokenService;

/** Seeds 000 and 002: {@code /api/auth/*}. */
@Path("/api/auth")
@Tag(name = "Auth")
public class AuthResource extends AuthEndpoints {

    public AuthResource(AuthService auth, TokenService tokens, CurrentUser caller) {
        super(auth, tokens, caller);
    }
}
