package studio.loqui.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.support.TestUsers;
import studio.loqui.system.LoquiConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class WebhookTest {

    record Call(String signature, String timestamp, String body) {
    }

    @Inject
    JobService jobs;

    @Inject
    JobsConfig config;

    @Inject
    LoquiConfig loqui;

    @Inject
    ObjectMapper json;

    private HttpServer receiver;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestHeaders().getFirst("X-Loqui-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Loqui-Timestamp"), body));
            exchange.sendResponseHeaders(failuresToAnswer.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void shouldCallSignedWebhookWithFinalStatusAndMetadata() throws Exception {
        var user = TestUsers.register();
        JsonNode metadata = json.readTree("{\"order\":42,\"tag\":\"nightly\"}");
        String id = jobs.submit(StepsHandler.KIND, user.id(), new StepsHandler.Input(2, 20, null),
                new JobOptions(null, hookUrl(), metadata)).job().jobId();

        Eventually.within(Duration.ofSeconds(20), () -> calls.size() == 1 && "delivered".equals(webhookStatus(id)));
        Call call = calls.get(0);
        long timestamp = Long.parseLong(call.timestamp());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "timestamp " + timestamp);
        assertEquals("sha256=" + hmacHex(call.timestamp() + "." + call.body()), call.signature());
        assertNotEquals("sha256=" + hmacHex((timestamp + 1) + "." + call.body()), call.signature());
        JsonNode body = json.readTree(call.body());
        assertEquals(id, body.get("job_id").asText());
        assertEquals("completed", body.get("status").asText());
        assertEquals("job.completed", body.get("event").asText());
        assertEquals(metadata, body.get("metadata"));
    }

    @Test
    void shouldRetryWebhookWithBackOffUntilItIsAccepted() {
        failuresToAnswer.set(2);
        var user = TestUsers.register();
        String id = jobs.submit(StepsHandler.KIND, user.id(), new StepsHandler.Input(1, 10, "broken input"),
                new JobOptions(null, hookUrl(), null)).job().jobId();

        Eventually.within(Duration.ofSeconds(30), () -> "delivered".equals(webhookStatus(id)));
        assertEquals(3, calls.size());
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> Job.findByPublicId(id).orElseThrow().webhookAttempts));
        assertEquals(List.of("failed", "failed", "failed"), calls.stream().map(this::status).toList());
    }

    @Test
    void shouldRefuseWebhookThatIsNotHttp() {
        var user = TestUsers.register();
        assertThrows(studio.loqui.system.ApiException.class, () -> jobs.submit(StepsHandler.KIND, user.id(),
                new StepsHandler.Input(1, 10, null), new JobOptions(null, "file:///etc/passwd", null)));
    }

    private String status(Call call) {
        try {
            return json.readTree(call.body()).get("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The documented signature, {@code HMAC-SHA256(secret, "<X-Loqui-Timestamp>.<body>")} in hex, computed here
     * rather than by the production signer, with the secret a receiver would be given: the configured one, or
     * the text of the file the server generated.
     */
    private String hmacHex(String signedPayload) throws Exception {
        String secret = config.webhook().secret().orElseGet(() -> {
            try {
                return Files.readString(Path.of(loqui.storage().root(), "keys", "webhook-secret")).strip();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String webhookStatus(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.findByPublicId(id).orElseThrow().webhookStatus);
    }
}
