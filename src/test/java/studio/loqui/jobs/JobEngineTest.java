package studio.loqui.jobs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.nio.file.Files;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import studio.loqui.Eventually;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class JobEngineTest {

    @Inject
    JobService jobs;

    @Test
    void shouldRunJobToCompletionWithRisingProgress() {
        var user = TestUsers.register();
        String id = submit(user, new StepsHandler.Input(5, 100, null));
        var seen = new java.util.ArrayList<Integer>();
        Eventually.within(Duration.ofSeconds(20), () -> {
            JobView view = jobs.get(id, user.id());
            seen.add(view.progress());
            return view.finished();
        });
        JobView done = jobs.get(id, user.id());
        assertEquals(JobStatus.COMPLETED, done.status());
        assertEquals(100, done.progress());
        assertEquals(1, done.attempts());
        assertEquals(5, done.result().get("steps").asInt());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress fell: " + seen);
        }
        assertFalse(Files.exists(StepsHandler.WORK_FILES.get(id)), "work file left behind");
        assertEquals(1, StepsHandler.RUNS.get(id).get());
    }

    @Test
    void shouldAnswerWithTheOutputAnEarlierAttemptStoredWithoutRunningAgain() {
        var user = TestUsers.register();
        String output = "steps-" + java.util.UUID.randomUUID();
        String first = submit(user, new StepsHandler.Input(3, 10, null, output));
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(first, user.id()).finished());
        String again = submit(user, new StepsHandler.Input(9, 10, null, output));
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(again, user.id()).finished());
        JobView resumed = jobs.get(again, user.id());
        assertEquals(JobStatus.COMPLETED, resumed.status());
        assertEquals(3, resumed.result().get("steps").asInt(), "the stored output, not a second run's");
        assertEquals(1, StepsHandler.RUNS.get(first).get());
        assertEquals(null, StepsHandler.RUNS.get(again), "the work ran although its output was stored");
    }

    @Test
    void shouldRecordHandlerFailureWithItsReason() {
        var user = TestUsers.register();
        String id = submit(user, new StepsHandler.Input(1, 10, "the input was unreadable"));
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(id, user.id()).finished());
        given().auth().oauth2(user.accessToken()).get("/api/v1/process/status/" + id)
                .then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("error", equalTo("the input was unreadable"))
                .body("result_url", equalTo(null));
    }

    @Test
    void shouldCancelRunningJobAndCleanItsFiles() {
        var user = TestUsers.register();
        String id = submit(user, new StepsHandler.Input(100, 100, null));
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(id, user.id()).progress() > 2);
        given().auth().oauth2(user.accessToken()).post("/api/v1/process/cancel/" + id).then().statusCode(200);
        Eventually.within(Duration.ofSeconds(10), () -> jobs.get(id, user.id()).finished());
        JobView view = jobs.get(id, user.id());
        assertEquals(JobStatus.CANCELLED, view.status());
        assertTrue(view.progress() < 100);
        assertFalse(Files.exists(StepsHandler.WORK_FILES.get(id)), "partial file left behind");
        given().auth().oauth2(user.accessToken()).post("/api/v1/process/cancel/" + id).then().statusCode(409);
    }

    @Test
    void shouldCancelQueuedJobAtOnceAndShowQueuePosition() {
        var user = TestUsers.register();
        String first = submit(user, new StepsHandler.Input(50, 100, null));
        String second = submit(user, new StepsHandler.Input(50, 100, null));
        String queued = submit(user, new StepsHandler.Input(50, 100, null));
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(first, user.id()).status() == JobStatus.PROCESSING
                && jobs.get(second, user.id()).status() == JobStatus.PROCESSING);
        given().auth().oauth2(user.accessToken()).get("/api/v1/process/status/" + queued)
                .then().statusCode(200).body("status", equalTo("pending")).body("queue_position", equalTo(0));
        given().auth().oauth2(user.accessToken()).post("/api/v1/process/cancel/" + queued)
                .then().statusCode(200).body("status", equalTo("cancelled"));
        jobs.cancel(first, user.id());
        jobs.cancel(second, user.id());
        Eventually.within(Duration.ofSeconds(10), () -> jobs.get(first, user.id()).finished()
                && jobs.get(second, user.id()).finished());
        assertEquals(null, StepsHandler.RUNS.get(queued), "a cancelled queued job never runs");
    }

    @Test
    void shouldEndEventStreamWhenJobIsCancelled() throws Exception {
        var user = TestUsers.register();
        String id = submit(user, new StepsHandler.Input(100, 100, null));
        var stream = java.util.concurrent.CompletableFuture.supplyAsync(() -> given().auth().oauth2(user.accessToken())
                .accept("text/event-stream").get("/api/v1/process/events/" + id).then().statusCode(200)
                .extract().asString());
        Eventually.within(Duration.ofSeconds(20), () -> jobs.get(id, user.id()).progress() >= 3);
        jobs.cancel(id, user.id());
        String events = stream.get(20, java.util.concurrent.TimeUnit.SECONDS);
        var data = events.lines().filter(line -> line.startsWith("data:")).toList();
        assertTrue(data.size() >= 2, events);
        assertTrue(data.get(0).contains("\"status\":\"pending\"") || data.get(0).contains("\"status\":\"processing\""), events);
        assertTrue(data.get(data.size() - 1).contains("\"status\":\"cancelled\""), events);
    }

    @Test
    void shouldNotShowJobToAnotherUser() {
        var owner = TestUsers.register();
        var other = TestUsers.register();
        String id = submit(owner, new StepsHandler.Input(1, 10, null));
        given().auth().oauth2(other.accessToken()).get("/api/v1/process/status/" + id)
                .then().statusCode(404).body("error", equalTo("not_found"));
        given().auth().oauth2(other.accessToken()).post("/api/v1/process/cancel/" + id).then().statusCode(404);
        given().auth().oauth2(other.accessToken()).get("/api/v1/process/events/" + id).then().statusCode(404);
        given().auth().oauth2(owner.accessToken()).get("/api/v1/process/status/" + id)
                .then().statusCode(200).body("job_id", equalTo(id)).body("status", notNullValue());
    }

    private String submit(TestUsers.Account user, StepsHandler.Input input) {
        return jobs.submit(StepsHandler.KIND, user.id(), input, JobOptions.none()).job().jobId();
    }
}
