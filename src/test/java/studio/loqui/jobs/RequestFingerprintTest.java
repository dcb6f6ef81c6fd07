package studio.loqui.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestFingerprintTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KIND = "dub";
    private static final String HOOK = "https://hooks.example.com/loqui";

    record Input(String voice, List<String> lines, int rate) {
    }

    private static final Input DEFAULT_INPUT = new Input("anna", List.of("hello", "world"), 16000);

    @Test
    void shouldFingerprintTheSameRequestTheSame() {
        assertEquals(fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"order\":42}"),
                fingerprint(KIND, new Input("anna", List.of("hello", "world"), 16000), HOOK, "{\"order\":42}"));
    }

    @Test
    void shouldBeTheSha256OfTheRequestAsJsonWithSortedKeys() throws Exception {
        String canonical = "{\"input\":{\"lines\":[\"hello\",\"world\"],\"rate\":16000,\"voice\":\"anna\"},"
                + "\"kind\":\"dub\",\"metadata\":{\"a\":1,\"b\":2},\"webhook_url\":\"" + HOOK + "\"}";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"b\":2,\"a\":1}"));
    }

    @Test
    void shouldDifferWhenAnyPartOfTheRequestChanges() {
        String base = fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"order\":42}");
        List<String> changed = List.of(
                fingerprint("translate", DEFAULT_INPUT, HOOK, "{\"order\":42}"),
                fingerprint(KIND, new Input("bert", List.of("hello", "world"), 16000), HOOK, "{\"order\":42}"),
                fingerprint(KIND, new Input("anna", List.of("hello", "there"), 16000), HOOK, "{\"order\":42}"),
                fingerprint(KIND, new Input("anna", List.of("hello", "world"), 22050), HOOK, "{\"order\":42}"),
                fingerprint(KIND, new Input(null, List.of("hello", "world"), 16000), HOOK, "{\"order\":42}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK + "/other", "{\"order\":42}"),
                fingerprint(KIND, DEFAULT_INPUT, null, "{\"order\":42}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"order\":43}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"order\":42,\"tag\":\"x\"}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK, "{}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK, null));
        for (String other : changed) {
            assertNotEquals(base, other);
        }
        assertEquals(changed.size(), changed.stream().distinct().count());
    }

    @Test
    void shouldIgnoreTheOrderOfMetadataKeysAtEveryDepth() {
        assertEquals(fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"a\":1,\"b\":{\"x\":true,\"y\":[1,2]}}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"b\":{\"y\":[1,2],\"x\":true},\"a\":1}"));
    }

    @Test
    void shouldIgnoreTheOrderOfInputFields() {
        Map<String, Object> sameFieldsOtherOrder = new LinkedHashMap<>();
        sameFieldsOtherOrder.put("rate", 16000);
        sameFieldsOtherOrder.put("lines", List.of("hello", "world"));
        sameFieldsOtherOrder.put("voice", "anna");
        assertEquals(fingerprint(KIND, DEFAULT_INPUT, HOOK, null), fingerprint(KIND, sameFieldsOtherOrder, HOOK, null));
    }

    @Test
    void shouldKeepTheOrderOfLists() {
        assertNotEquals(fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"ids\":[1,2]}"),
                fingerprint(KIND, new Input("anna", List.of("world", "hello"), 16000), HOOK, "{\"ids\":[1,2]}"));
        assertNotEquals(fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"ids\":[1,2]}"),
                fingerprint(KIND, DEFAULT_INPUT, HOOK, "{\"ids\":[2,1]}"));
    }

    @Test
    void shouldNotIncludeTheIdempotencyKeyItself() {
        // the key finds the earlier job; the fingerprint then tells whether the body is the same
        assertEquals(RequestFingerprint.of(JSON, KIND, DEFAULT_INPUT, new JobOptions("key-1", HOOK, null)),
                RequestFingerprint.of(JSON, KIND, DEFAULT_INPUT, new JobOptions("key-2", HOOK, null)));
    }

    private static String fingerprint(String kind, Object input, String webhookUrl, String metadata) {
        try {
            JsonNode meta = metadata == null ? null : JSON.readTree(metadata);
            return RequestFingerprint.of(JSON, kind, input, new JobOptions(null, webhookUrl, meta));
        } catch (Exception e) {
            throw new IllegalArgumentException(metadata, e);
        }
    }
}
