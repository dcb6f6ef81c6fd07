package studio.loqui.film;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders real (tiny) films and measures what comes out of the signed URL. */
@QuarkusTest
@Tag("api")
class FilmRenderTest {

    static final String TWO_LINES = "Sunrise over the mountains\nBirds fly over the lake";
    static final Map<String, Object> NARRATED_CONFIG = Map.of("num_images", 2, "video_duration", 8, "fps", 10,
            "quality", "low", "include_voice", true, "include_music", false, "voice", "default");
    static final Map<String, Object> MUSIC_CONFIG = Map.of("num_images", 1, "video_duration", 2, "fps", 5,
            "quality", "medium", "include_voice", false, "include_music", true, "genre", "ambient", "mood", "calm");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    static long createJob(TestUsers.Account account, Map<String, Object> config) {
        int project = ProjectsResourceTest.createProject(account);
        return given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", project, "script", TWO_LINES, "config", config))
                .post("/api/v1/jobs/").then().statusCode(201).body("status", equalTo("queued"))
                .extract().<Number>path("id").longValue();
    }

    /** Follows the job by server-sent events to its end; the stream closes when the job ends. */
    static List<JsonNode> follow(TestUsers.Account account, long id) throws Exception {
        String stream = given().header("Authorization", account.bearer()).accept("text/event-stream")
                .get("/api/v1/jobs/" + id + "/events").then().statusCode(200).extract().asString();
        List<JsonNode> events = new ArrayList<>();
        for (String line : stream.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        return events;
    }

    static String signedUrl(TestUsers.Account account, long id) {
        return given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("job_id", id)).post("/api/v1/jobs/signed-url").then().statusCode(200)
                .body("url", startsWith("http")).extract().path("url");
    }

    static Path download(String url) throws Exception {
        Response response = given().get(url);
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals("video/mp4", response.contentType());
        Path file = Files.createTempFile("film", ".mp4");
        file.toFile().deleteOnExit();
        Files.write(file, response.asByteArray());
        return file;
    }

    @Test
    void shouldRenderANarratedFilmAndServeItThroughASignedUrl() throws Exception {
        TestUsers.Account a = TestUsers.register();
        long id = createJob(a, NARRATED_CONFIG);
        List<JsonNode> events = follow(a, id);
        List<String> statuses = events.stream().map(e -> e.get("status").asText()).distinct().toList();
        assertEquals("completed", statuses.get(statuses.size() - 1), events.toString());
        assertTrue(statuses.contains("processing"), statuses.toString());
        assertFalse(statuses.contains("failed"), statuses.toString());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).get("progress").asDouble() >= events.get(i - 1).get("progress").asDouble(),
                    "progress only rises: " + events);
        }
        JsonNode job = JSON.readTree(given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id)
                .then().statusCode(200).body("status", equalTo("completed")).body("progress", closeTo(100, 0))
                .extract().asString());
        double narration = job.at("/result/narration_seconds").asDouble();
        assertTrue(narration > 1 && narration < 8 - 2 * 0.6, "two short lines fit in 8 s: " + narration);
        double cost = PriceTable.itemise(new PriceTable.Work(2, 8, narration, 0, 10, "low")).total();
        assertEquals(cost, job.get("actual_cost").asDouble(), 0.011);

        String url = signedUrl(a, id);
        Path film = download(url);
        JsonNode probe = FilmProbe.probe(film);
        assertEquals(8.0, probe.at("/format/duration").asDouble(), 0.5);
        JsonNode video = stream(probe, "video");
        assertEquals("h264", video.get("codec_name").asText());
        assertEquals("yuv420p", video.get("pix_fmt").asText());
        assertEquals(640, video.get("width").asInt());
        assertEquals(360, video.get("height").asInt());
        assertEquals("10/1", video.get("avg_frame_rate").asText());
        assertEquals("aac", stream(probe, "audio").get("codec_name").asText());
        double speech = FilmProbe.rms(film, 0.2, narration / 2);
        assertTrue(speech > 0.01, "the narration is heard (no music in this film): rms " + speech);

        long size = Files.size(film);
        given().header("Range", "bytes=0-99").get(url).then().statusCode(206)
                .header("Content-Range", equalTo("bytes 0-99/" + size)).header("Content-Length", equalTo("100"));
    }

    @Test
    void shouldScoreAFilmWithMusicAloneAndRefuseBadSignatures() throws Exception {
        TestUsers.Account a = TestUsers.register();
        long id = createJob(a, MUSIC_CONFIG);
        List<JsonNode> events = follow(a, id);
        assertEquals("completed", events.get(events.size() - 1).get("status").asText(), events.toString());
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("job_id", id))
                .post("/api/v1/jobs/signed-url").then().statusCode(200)
                .body("expires_at", org.hamcrest.Matchers.notNullValue())
                .body("expires_at", expiresAbout(Duration.ofHours(1)));
        String url = signedUrl(a, id);
        Path film = download(url);
        JsonNode video = stream(FilmProbe.probe(film), "video");
        assertEquals(1280, video.get("width").asInt());
        assertEquals(720, video.get("height").asInt());
        double music = FilmProbe.rms(film, 0.5, 1.0);
        assertTrue(music > 0.01, "the music is heard: rms " + music);

        String signature = url.substring(url.indexOf("signature=") + "signature=".length());
        String tampered = url.replace(signature, (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));
        given().get(tampered).then().statusCode(403).body("detail", containsString("signature"));
        given().get(url.replaceFirst("/films/\\d+/", "/films/" + (id + 1000) + "/")).then().statusCode(403);
        long past = Instant.now().minusSeconds(5).getEpochSecond();
        String expired = url.substring(0, url.indexOf('?')) + "?expires=" + past + "&signature=" + sign(id, past);
        given().get(expired).then().statusCode(403).body("detail", containsString("expired"));
        given().get(url.substring(0, url.indexOf('?'))).then().statusCode(403);
    }

    @Test
    void shouldCancelARunningRenderAndKeepItCancelled() throws Exception {
        TestUsers.Account a = TestUsers.register();
        long id = createJob(a, Map.of("num_images", 1, "video_duration", 300, "fps", 10, "quality", "low",
                "include_voice", false, "include_music", false));
        double drawn = 0;
        for (int i = 0; i < 600 && drawn <= 41; i++) {
            Thread.sleep(100);
            drawn = given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id).then()
                    .body("status", org.hamcrest.Matchers.oneOf("queued", "moderating", "processing"))
                    .extract().<Number>path("progress").doubleValue();
        }
        assertTrue(drawn > 41, "the render reached its frames (past 40 %): " + drawn);
        double progress = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "cancelled")).patch("/api/v1/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled")).extract().<Number>path("progress").doubleValue();
        List<JsonNode> events = follow(a, id);
        assertEquals("cancelled", events.get(events.size() - 1).get("status").asText());
        String engineJob = given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id).then()
                .statusCode(200).body("status", equalTo("cancelled"))
                .body("progress", org.hamcrest.Matchers.greaterThanOrEqualTo(progress))
                .body("actual_cost", greaterThan(0.0)).extract().path("engine_job_id");
        for (int i = 0; i < 300; i++) {
            String engine = given().header("Authorization", a.bearer()).get("/api/v1/process/status/" + engineJob)
                    .then().extract().path("status");
            if ("cancelled".equals(engine)) {
                break;
            }
            Thread.sleep(100);
        }
        given().header("Authorization", a.bearer()).get("/api/v1/process/status/" + engineJob).then()
                .body("status", equalTo("cancelled"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("job_id", id))
                .post("/api/v1/jobs/signed-url").then().statusCode(400).body("detail", containsString("cancelled"));
    }

    @Test
    void shouldNarrateInTheCallersOwnVoiceProfileAndRefuseItToOthers() throws Exception {
        TestUsers.Account a = TestUsers.register();
        String file = TestUploads.upload(a, TestMedia.speech());
        String voice = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Narrator", "audio_sample_id", file, "language", "en"))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
        TestUsers.Account b = TestUsers.register();
        int other = ProjectsResourceTest.createProject(b);
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", other, "script", TWO_LINES, "config", Map.of("voice", voice)))
                .post("/api/v1/jobs/").then().statusCode(400).body("detail", containsString("config.voice"));

        long id = createJob(a, Map.of("num_images", 1, "video_duration", 3, "fps", 5, "quality", "low",
                "include_voice", true, "include_music", false, "voice", voice));
        List<JsonNode> events = follow(a, id);
        assertEquals("completed", events.get(events.size() - 1).get("status").asText(), events.toString());
        Path film = download(signedUrl(a, id));
        double speech = FilmProbe.rms(film, 0.2, 1.5);
        assertTrue(speech > 0.01, "the cloned narration is heard: rms " + speech);
    }

    @Test
    void shouldRefuseAVoiceTheCallerDoesNotHave() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", project, "script", TWO_LINES, "config",
                        Map.of("voice", "00000000-0000-0000-0000-000000000000")))
                .post("/api/v1/jobs/").then().statusCode(400).body("detail", containsString("voice"));
    }

    private static JsonNode stream(JsonNode probe, String type) {
        for (JsonNode s : probe.get("streams")) {
            if (type.equals(s.get("codec_type").asText())) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " stream in " + probe);
    }

    private static org.hamcrest.Matcher<String> expiresAbout(Duration ttl) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String at) {
                Instant expires = OffsetDateTime.parse(at).toInstant();
                return Math.abs(Duration.between(Instant.now().plus(ttl), expires).toSeconds()) < 60;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a time about " + ttl + " from now");
            }
        };
    }

    /** Signs as the server does, with the key it keeps under the test storage root. */
    private static String sign(long id, long expires) throws Exception {
        byte[] key = Base64.getDecoder().decode(Files.readString(Path.of("target/test-storage/keys/film-url.key")).strip());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] digest = mac.doFinal(("loqui-film-download\n" + id + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
