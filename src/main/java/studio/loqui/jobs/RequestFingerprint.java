package studio.loqui.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** SHA-256 of a job request in canonical JSON (keys sorted), so that the same body always hashes the same. */
final class RequestFingerprint {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);

    private RequestFingerprint() {
    }

    static String of(ObjectMapper json, String kind, Object input, JobOptions options) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", kind);
        request.put("input", json.convertValue(input, Object.class));
        request.put("webhook_url", options.webhookUrl());
        request.put("metadata", options.metadata() == null ? null : json.convertValue(options.metadata(), Object.class));
        try {
            byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request cannot be fingerprinted", e);
        }
    }
}
