package studio.loqui.auth.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import studio.loqui.system.ApiException;

import java.io.IOException;

@Schema(description = "Seed 003's body form of refresh", example = "{\"refresh_token\":\"eyJhbGc...\"}")
public record RefreshRequest(String refreshToken) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Seed 001 sends the token as a bearer header with no body, seed 003 as JSON; an empty body is
     * therefore valid and yields no token.
     */
    public static RefreshRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return new RefreshRequest(null);
        }
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode token = node == null ? null : node.get("refresh_token");
            return new RefreshRequest(token == null || !token.isTextual() ? null : token.asText());
        } catch (IOException e) {
            throw ApiException.badRequest("Request body is not valid JSON for this endpoint");
        }
    }
}
