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
import studio.loqui.jobs.webhook.WebhookSigner;
import studio.loqui.support.TestUsers;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@Tag("api")
class WebhookTest {

    record Call(String signature, String timestamp, String body) {
    }

    @Inject
    JobService jobs;

    @Inject
    WebhookSigner signer;

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
        assertEquals(signer.sign(Long.parseLong(call.timestamp()), call.body()), call.signature());
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

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String webhookStatus(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.findByPublicId(id).orElseThrow().webhookStatus);
    }
}
