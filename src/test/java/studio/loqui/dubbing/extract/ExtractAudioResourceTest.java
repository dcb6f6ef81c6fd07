package studio.loqui.dubbing.extract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.jobs.Job;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class ExtractAudioResourceTest {

    private static final double SPEECH_SECONDS = 7.1;
    private static Path video;

    @BeforeAll
    static void makeVideo() {
        TestJson.useDoubles();
        video = FFmpegTool.videoWithSpeech(TestMedia.speech());
    }

    @Test
    void shouldExtractWavAtRequestedRateAsNewFile() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        String jobId = submit(user, body(videoId, "wav", 16000)).then().statusCode(202)
                .body("status", equalTo("pending")).body("result_url", nullValue())
                .extract().path("job_id");

        String resultUrl = awaitCompleted(user, jobId);
        String fileId = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().body("progress", equalTo(100)).body("estimated_completion", notNullValue())
                .extract().path("result.file_id");
        given().header("Authorization", user.bearer()).get("/api/v1/files/" + fileId)
                .then().statusCode(200)
                .body("kind", equalTo("audio"))
                .body("format", equalTo("wav"))
                .body("sample_rate", equalTo(16000))
                .body("duration", closeTo(SPEECH_SECONDS, 0.3));
        byte[] wav = given().header("Authorization", user.bearer()).get(resultUrl)
                .then().statusCode(200).extract().asByteArray();
        assertEquals("RIFF", new String(wav, 0, 4));
        assertTrue(wav.length > 16000 * 2 * 6, "about 7 s of 16-bit 16 kHz audio, got " + wav.length + " bytes");
    }

    @Test
    void shouldEstimateCompletionFromMeasuredRunTimes() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        awaitCompleted(user, submit(user, body(videoId, "wav", 8000)).then().statusCode(202).extract().path("job_id"));
        var next = submit(user, body(videoId, "wav", 8000)).then().statusCode(202)
                .body("estimated_completion", notNullValue()).extract();
        var created = java.time.OffsetDateTime.parse(next.<String>path("created_at"));
        var estimate = java.time.OffsetDateTime.parse(next.<String>path("estimated_completion"));
        assertTrue(estimate.isAfter(created), created + " -> " + estimate);
        assertTrue(estimate.isBefore(created.plusMinutes(5)), created + " -> " + estimate);
    }

    @Test
    void shouldExtractMp3AndFlac() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        for (String format : List.of("mp3", "flac")) {
            String jobId = submit(user, body(videoId, format, 22050)).then().statusCode(202).extract().path("job_id");
            String resultUrl = awaitCompleted(user, jobId);
            String fileId = resultUrl.split("/")[4];
            given().header("Authorization", user.bearer()).get("/api/v1/files/" + fileId)
                    .then().statusCode(200).body("format", equalTo(format)).body("sample_rate", equalTo(22050));
        }
    }

    @Test
    void shouldStreamEventsOfRealJobUntilItEnds() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        String jobId = submit(user, body(videoId, "flac", 48000)).then().statusCode(202).extract().path("job_id");
        long start = System.nanoTime();
        String stream = given().header("Authorization", user.bearer()).accept("text/event-stream")
                .get("/api/v1/process/events/" + jobId)
                .then().statusCode(200).contentType(containsString("text/event-stream"))
                .extract().asString();
        System.out.printf("SSE stream of job %s closed after %d ms%n", jobId, (System.nanoTime() - start) / 1_000_000);
        List<String> events = stream.lines().filter(l -> l.startsWith("data:")).toList();
        assertTrue(events.get(events.size() - 1).contains("\"status\":\"completed\""), stream);
        assertTrue(events.get(events.size() - 1).contains("\"progress\":100"), stream);
        assertTrue(events.stream().allMatch(e -> e.contains(jobId)), stream);
    }

    @Test
    void shouldRefuseBadInputWithoutCreatingJob() {
        var user = TestUsers.register();
        var other = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        String othersVideo = TestUploads.upload(other, video);
        String audioId = TestUploads.upload(user, TestMedia.speech());

        submit(user, body(UUID.randomUUID().toString(), "wav", 44100)).then().statusCode(404)
                .body("error", equalTo("not_found"));
        submit(user, body(othersVideo, "wav", 44100)).then().statusCode(404).body("error", equalTo("not_found"));
        submit(user, body(audioId, "wav", 44100)).then().statusCode(400)
                .body("details.field", equalTo("video_file_id")).body("message", containsString("not a video"));
        submit(user, body(videoId, "ogg", 44100)).then().statusCode(400).body("details.field", equalTo("audio_format"));
        submit(user, body(videoId, "mp3", 96000)).then().statusCode(400).body("details.field", equalTo("sample_rate"));
        submit(user, body(videoId, "wav", 12345)).then().statusCode(400).body("details.field", equalTo("sample_rate"));
        submit(user, Map.of("audio_format", "wav")).then().statusCode(400).body("details.field", equalTo("video_file_id"));

        assertEquals(0L, jobsOf(user.id()));
    }

    @Test
    void shouldReturnFirstJobForRepeatedIdempotencyKey() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        String key = UUID.randomUUID().toString();
        String first = submitWithKey(user, key, body(videoId, "wav", 16000)).then().statusCode(202)
                .header("Idempotent-Replayed", "false").extract().path("job_id");
        String again = submitWithKey(user, key, body(videoId, "wav", 16000)).then().statusCode(202)
                .header("Idempotent-Replayed", "true").extract().path("job_id");
        assertEquals(first, again);
        submitWithKey(user, key, body(videoId, "wav", 8000)).then().statusCode(422)
                .body("error", equalTo("validation_error")).body("message", containsString("Idempotency-Key"));
        String otherKey = submitWithKey(user, UUID.randomUUID().toString(), body(videoId, "wav", 16000))
                .then().statusCode(202).extract().path("job_id");
        assertNotEquals(first, otherKey);
        assertEquals(2L, jobsOf(user.id()));
    }

    @Test
    void shouldCreateOneJobForConcurrentRequestsWithOneKey() throws Exception {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);
        String key = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> submitWithKey(user, key, body(videoId, "wav", 16000))));
        }
        java.util.Set<String> jobIds = new java.util.HashSet<>();
        for (var answer : answers) {
            var response = answer.get();
            assertTrue(response.statusCode() == 202 || response.statusCode() == 409, response.asString());
            if (response.statusCode() == 202) {
                jobIds.add(response.path("job_id"));
            }
        }
        pool.shutdown();
        assertEquals(1, jobIds.size());
        assertEquals(1L, jobsOf(user.id()));
    }

    static Map<String, Object> body(String videoId, String format, int sampleRate) {
        Map<String, Object> body = new HashMap<>();
        body.put("video_file_id", videoId);
        body.put("audio_format", format);
        body.put("sample_rate", sampleRate);
        return body;
    }

    static io.restassured.response.Response submit(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/extract-audio");
    }

    private static io.restassured.response.Response submitWithKey(TestUsers.Account user, String key,
            Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/process/extract-audio");
    }

    static String awaitCompleted(TestUsers.Account user, String jobId) {
        Eventually.within(Duration.ofSeconds(60), () -> !"pending processing".contains(
                given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                        .then().extract().<String>path("status")));
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).body("status", equalTo("completed")).body("error", nullValue())
                .extract().path("result_url");
    }

    private static long jobsOf(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> Job.count("ownerId", userId));
    }
}
