package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.jobs.SyncWorkPool;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The media work synchronous endpoints wait for runs on a bounded pool: with every thread of it busy, a preview
 * or a sample upload is answered 503 with {@code Retry-After} at once, keeps nothing, and works again once a
 * thread is free.
 */
@QuarkusTest
@Tag("voice")
class SyncWorkLimitTest {

    private static final String PREVIEW = "/api/v1/voices/preview/%s?text=The children walked to school.&format=wav";

    @Inject
    SyncWorkPool pool;

    @Test
    void shouldAnswerBusyWhileEverySyncThreadIsTaken() throws Exception {
        TestUsers.Account a = TestUsers.register();
        String voice = profile(a);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holders = occupyEveryThread(release);
        try {
            given().header("Authorization", a.bearer()).get(PREVIEW.formatted(voice))
                    .then().statusCode(503).header("Retry-After", "5").body("error", equalTo("queue_full"));
            given().header("Authorization", a.bearer())
                    .multiPart("sample_name", "Busy").multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                    .post("/api/samples/upload").then().statusCode(503).header("Retry-After", "5");
            given().header("Authorization", a.bearer()).get("/api/samples").then().statusCode(200)
                    .body("total", equalTo(0));
        } finally {
            release.countDown();
        }
        for (CompletableFuture<Object> holder : holders) {
            holder.get(10, TimeUnit.SECONDS);
        }
        Eventually.within(Duration.ofSeconds(5), () -> pool.available() == holders.size());
        given().header("Authorization", a.bearer()).get(PREVIEW.formatted(voice))
                .then().statusCode(200).contentType("audio/wav");
    }

    /** Fills the pool with work that waits for {@code release}, and returns once no thread is free. */
    private List<CompletableFuture<Object>> occupyEveryThread(CountDownLatch release) {
        int threads = pool.available();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        List<CompletableFuture<Object>> holders = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            holders.add(CompletableFuture.supplyAsync(() -> pool.call("test", () -> release.await(30, TimeUnit.SECONDS)),
                    callers));
        }
        callers.shutdown();
        Eventually.within(Duration.ofSeconds(5), () -> pool.available() == 0);
        assertEquals(0, pool.available());
        return holders;
    }

    private static String profile(TestUsers.Account user) {
        String file = TestUploads.upload(user, TestMedia.speech());
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "audio_sample_id", file))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
    }
}
