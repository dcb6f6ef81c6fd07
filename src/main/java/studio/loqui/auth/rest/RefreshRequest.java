package studio.loqui.auth.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Seed 003's body form of refresh", example = "{\"refresh_token\":\"eyJhbGc...\"}")
public record RefreshRequest(String refreshToken) {
}
