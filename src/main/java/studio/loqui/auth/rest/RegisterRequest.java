package studio.loqui.auth.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new account", example = "{\"email\":\"user@example.com\",\"username\":\"user\",\"password\":\"password123\",\"full_name\":\"Jane Doe\"}")
public record RegisterRequest(String email, String username, String password, String fullName) {
}
