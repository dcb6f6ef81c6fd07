package studio.loqui.auth.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import studio.loqui.auth.ApiKey;

import java.time.OffsetDateTime;

/** A key as its owner sees it: never the key itself, except once, in {@code key}, when it is made. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyView(Long id, String name, String prefix, OffsetDateTime createdAt,
                         @JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime lastUsedAt, String key) {

    static ApiKeyView of(ApiKey apiKey) {
        return new ApiKeyView(apiKey.id, apiKey.name, apiKey.prefix, apiKey.createdAt, apiKey.lastUsedAt, null);
    }

    static ApiKeyView created(ApiKey apiKey, String key) {
        return new ApiKeyView(apiKey.id, apiKey.name, apiKey.prefix, apiKey.createdAt, apiKey.lastUsedAt, key);
    }
}
