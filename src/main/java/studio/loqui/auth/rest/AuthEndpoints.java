package studio.loqui.auth.rest;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestForm;
import studio.loqui.auth.AuthService;
import studio.loqui.auth.CurrentUser;
import studio.loqui.auth.TokenService;
import studio.loqui.auth.User;
import studio.loqui.system.ApiException;
import studio.loqui.system.ClientAddress;
import studio.loqui.system.RateBucket;
import studio.loqui.system.RateLimited;

import java.util.Map;

/**
 * Register, login, refresh, logout and me. Served at both {@code /api/auth} and {@code /api/v1/auth}
 * by the two subclasses, because one user table serves every API family.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuthEndpoints {

    private final AuthService auth;
    private final TokenService tokens;
    private final CurrentUser caller;

    protected AuthEndpoints(AuthService auth, TokenService tokens, CurrentUser caller) {
        this.auth = auth;
        this.tokens = tokens;
        this.caller = caller;
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.AUTH)
    @Operation(summary = "Create an account and log it in")
    public Response register(RegisterRequest request) {
        if (request == null) {
            throw ApiException.badRequest("A JSON body with email, username and password is required");
        }
        User user = auth.register(request.email(), request.username(), request.password(), request.fullName());
        return Response.status(201).entity(AuthResponse.of(user, tokens.startSession(user))).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateBucket.AUTH)
    @Operation(summary = "Log in with JSON: {email, password} or {username, password}")
    public AuthResponse login(LoginRequest request, @Context HttpServerRequest http) {
        if (request == null) {
            throw ApiException.badRequest("A JSON body with email (or username) and password is required");
        }
        return logIn(request.login(), request.password(), http);
    }

    @POST
    @Path("login")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @RateLimited(RateBucket.AUTH)
    @Operation(summary = "Log in with form data: username (or email) and password")
    public AuthResponse loginForm(@RestForm String username, @RestForm String email, @RestForm String password,
                                  @Context HttpServerRequest http) {
        return logIn(username != null && !username.isBlank() ? username : email, password, http);
    }

    @POST
    @Path("refresh")
    @RateLimited(RateBucket.AUTH)
    @Operation(summary = "Trade a refresh token (Authorization: Bearer or JSON body) for a new pair; it works once")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RefreshRequest.class)))
    public AuthResponse refresh(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        String fromBody = RefreshRequest.parse(body).refreshToken();
        String token = fromBody != null ? fromBody : bearer(authorization);
        var pair = tokens.refresh(token);
        User user = User.findById(pair.userId());
        return AuthResponse.of(user, pair);
    }

    @DELETE
    @Path("logout")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End this session: its access and refresh tokens stop working at once")
    public Response logout() {
        String session = caller.sessionId();
        if (session == null) {
            throw ApiException.badRequest("An API key has no session to end: revoke the key with DELETE /api/v1/auth/api-keys/{id}");
        }
        tokens.logout(session);
        return Response.ok(Map.of("message", "Logged out")).build();
    }

    @GET
    @Path("me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller's account")
    public UserView me() {
        return UserView.of(caller.user());
    }

    private AuthResponse logIn(String login, String password, HttpServerRequest http) {
        User user = auth.authenticate(login, password, ClientAddress.of(http));
        return AuthResponse.of(user, tokens.startSession(user));
    }

    private static String bearer(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }
}
