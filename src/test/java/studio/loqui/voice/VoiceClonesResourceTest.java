package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@Tag("voice")
class VoiceClonesResourceTest {

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldCloneAStoredFileSpeakAPassageCountItAndSpeakAnyText() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
        int id = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "My Voice Clone", "source_file", "/storage/librivox-austen-0870.wav"))
                .post("/api/voice/clones").then().statusCode(201)
                .body("status", anyOf(equalTo("pending"), equalTo("processing"))).body("message", equalTo("Voice clone job created"))
                .extract().path("id");
        Eventually.within(VoiceFixtures.JOB_LIMIT, () -> "completed".equals(given().header("Authorization", a.bearer())
                .get("/api/voice/clones/" + id + "/status").then().statusCode(200).extract().path("status")));

        String output = given().header("Authorization", a.bearer()).get("/api/voice/clones/" + id).then().statusCode(200)
                .body("user_id", equalTo((int) a.id())).body("source_file", equalTo("librivox-austen-0870.wav"))
                .body("output_file", equalTo("clone_" + id + ".wav")).body("completed_at", notNullValue())
                .body("gender", equalTo("male")).body("similarity", greaterThan(0.0))
                .extract().path("output_file");
        given().header("Authorization", a.bearer()).get("/api/storage/download/" + output)
                .then().statusCode(200).contentType("audio/wav");
        given().header("Authorization", a.bearer()).get("/api/voice/clones").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("completed"));
        given().header("Authorization", a.bearer()).get("/api/user/stats").then()
                .body("total_clones", equalTo(1)).body("completed_clones", equalTo(1));

        String job = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", "It is going to be cold and windy all day tomorrow.", "format", "mp3"))
                .post("/api/voice/clones/" + id + "/synthesize").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(a, job));
        String url = given().header("Authorization", a.bearer()).get("/api/v1/process/status/" + job)
                .then().extract().path("result_url");
        given().header("Authorization", a.bearer()).get(url).then().statusCode(200).contentType("audio/mpeg");
    }

    @Test
    void shouldRefuseMissingAndUnusableSourcesWithoutCreatingAClone() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.portrait().toFile(), "image/png")
                .post("/api/storage/upload").then().statusCode(200);
        clone(a, Map.of("name", "x", "source_file", "nothing.wav")).then().statusCode(404);
        clone(a, Map.of("name", "x", "source_file", "astronaut.png")).then().statusCode(400)
                .body("detail", containsString("no audio"));
        clone(a, Map.of("name", "x", "source_file", "../../etc/passwd")).then().statusCode(400);
        clone(a, Map.of("source_file", "astronaut.png")).then().statusCode(400).body("details.field", equalTo("name"));
        given().header("Authorization", a.bearer()).get("/api/voice/clones").then().body("size()", equalTo(0));
    }

    @Test
    void shouldFailACloneOfSilenceWithTheReason() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("file", "quiet.wav", readAll(VoiceFixtures.silence(5)), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
        int id = clone(a, Map.of("name", "Quiet", "source_file", "quiet.wav")).then().statusCode(201).extract().path("id");
        Eventually.within(VoiceFixtures.JOB_LIMIT, () -> "failed".equals(given().header("Authorization", a.bearer())
                .get("/api/voice/clones/" + id + "/status").then().extract().path("status")));
        given().header("Authorization", a.bearer()).get("/api/voice/clones/" + id).then()
                .body("error", containsString("silent"));
    }

    @Test
    void shouldHideOtherUsersClonesAndRequireAToken() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.shortSpeech().toFile(), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
        int id = clone(a, Map.of("name", "Mine", "source_file", "librivox-austen-0890.wav")).then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", b.bearer()).get("/api/voice/clones/" + id).then().statusCode(404);
        given().header("Authorization", b.bearer()).get("/api/voice/clones/" + id + "/status").then().statusCode(404);
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON).body(Map.of("text", "hi"))
                .post("/api/voice/clones/" + id + "/synthesize").then().statusCode(404);
        given().get("/api/voice/clones").then().statusCode(401);
        given().get("/api/voice/clones/" + id).then().statusCode(401);
    }

    private static io.restassured.response.Response clone(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/voice/clones");
    }

    private static byte[] readAll(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
