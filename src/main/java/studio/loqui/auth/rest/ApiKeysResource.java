package studio.loqui.auth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import studio.loqui.auth.ApiKeyIdentityProvider;
import studio.loqui.auth.ApiKeyService;
import studio.loqui.auth.CurrentUser;
import studio.loqui.system.ApiException;

import java.util.List;
import java.util.Map;

/** Personal API keys: made in a signed-in session, listed by prefix and last use, revoked at once. */
@Path("/api/v1/auth/api-keys")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
public class ApiKeysResource {

    private final ApiKeyService keys;
    private final CurrentUser caller;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public ApiKeysResource(ApiKeyService keys, CurrentUser caller, SecurityIdentity identity, ObjectMapper json) {
        this.keys = keys;
        this.caller = caller;
        this.identity = identity;
        this.json = json;
    }

    /** Optional {@code name}; the key is in the answer once and never again. */
    public record NewKey(String name) {
    }

    /** The body is optional (a key needs no name), so an empty POST without a content type is fine too. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewKey.class)))
    @Operation(summary = "Make a personal API key (from a signed-in session, not from another key); "
            + "the key is shown in this answer only")
    public Response create(String body) throws JsonProcessingException {
        if (ApiKeyIdentityProvider.isApiKey(identity)) {
            throw ApiException.forbidden("API keys are made from a signed-in session, not with another key");
        }
        NewKey request = body == null || body.isBlank() ? new NewKey(null) : json.readValue(body, NewKey.class);
        ApiKeyService.Created created = keys.create(caller.user().id, request.name());
        return Response.status(201).entity(ApiKeyView.created(created.apiKey(), created.key())).build();
    }

    @GET
    @Operation(summary = "The caller's live API keys: name, prefix, created_at, last_used_at")
    public Map<String, List<ApiKeyView>> list() {
        return Map.of("api_keys", keys.list(caller.id()).stream().map(ApiKeyView::of).toList());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a key: the next request with it answers 401")
    public Response revoke(@PathParam("id") long id) {
        keys.revoke(caller.id(), id);
        return Response.noContent().build();
    }
}
