package studio.loqui.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import studio.loqui.system.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API keys: {@value #SCHEME} followed by 32 random bytes in base64url, kept only as their SHA-256.
 * Every request looks its key up in the database, so a revoked key is refused on the very next request.
 */
@ApplicationScoped
public class ApiKeyService {

    /** How every key starts, so the authentication mechanism knows a key from a token. */
    public static final String SCHEME = "lq_";
    static final int PREFIX_LENGTH = SCHEME.length() + 8;
    static final int MAX_KEYS = 50;
    static final int MAX_NAME = 100;
    /** last_used_at is written at most this often per key, so a busy key does not write on every request. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    /** A new key: the secret is in {@code key}, shown once and never again. */
    public record Created(ApiKey apiKey, String key) {
    }

    /** Who a key speaks for. */
    public record Holder(long userId, long keyId) {
    }

    public static boolean looksLikeKey(String value) {
        return value != null && value.startsWith(SCHEME);
    }

    @Transactional
    public Created create(long userId, String name) {
        String label = name == null || name.isBlank() ? "API key" : name.strip();
        if (label.length() > MAX_NAME) {
            throw ApiException.invalidField("name", "At most " + MAX_NAME + " characters");
        }
        if (ApiKey.count("userId = ?1 and revokedAt is null", userId) >= MAX_KEYS) {
            throw ApiException.conflict("At most " + MAX_KEYS + " API keys at once; revoke one first");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey apiKey = new ApiKey();
        apiKey.userId = userId;
        apiKey.name = label;
        apiKey.prefix = key.substring(0, PREFIX_LENGTH);
        apiKey.keyHash = hash(key);
        apiKey.createdAt = now();
        apiKey.persist();
        return new Created(apiKey, key);
    }

    @Transactional
    public List<ApiKey> list(long userId) {
        return ApiKey.list("userId = ?1 and revokedAt is null order by id", userId);
    }

    @Transactional
    public void revoke(long userId, long keyId) {
        ApiKey apiKey = ApiKey.findById(keyId);
        if (apiKey == null || !apiKey.userId.equals(userId) || apiKey.revokedAt != null) {
            throw ApiException.notFound("API key " + keyId + " not found");
        }
        apiKey.revokedAt = now();
    }

    /** The live key's holder, or empty for an unknown or revoked key or an account no longer active. */
    @Transactional
    public Optional<Holder> authenticate(String key) {
        if (!looksLikeKey(key)) {
            return Optional.empty();
        }
        Optional<ApiKey> found = ApiKey.find("keyHash = ?1 and revokedAt is null", hash(key.strip()))
                .firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey apiKey = found.get();
        User user = User.findById(apiKey.userId);
        if (user == null || !user.active) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        if (apiKey.lastUsedAt == null || apiKey.lastUsedAt.plus(LAST_USE_RESOLUTION).isBefore(now)) {
            apiKey.lastUsedAt = now;
        }
        return Optional.of(new Holder(apiKey.userId, apiKey.id));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
