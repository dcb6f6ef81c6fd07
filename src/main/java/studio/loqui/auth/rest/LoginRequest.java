package studio.loqui.auth.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Log in with email or username", example = "{\"email\":\"user@example.com\",\"password\":\"password123\"}")
public record LoginRequest(String email, String username, String password) {

    /** The account named: email when given, username otherwise. */
    public String login() {
        return email != null && !email.isBlank() ? email : username;
    }
}
