package studio.loqui.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A personal API key presented with a request; its value is never logged. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest";
    }
}
