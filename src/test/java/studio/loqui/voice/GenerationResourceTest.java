package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("voice")
class GenerationResourceTest {

    static final String SCRIPT = "Please send the report to my office before noon.";

    @Inject
    AudioDecoder decoder;

    @Inject
    VoskRecognizer recognizer;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldSpeakTheScriptInTheSamplesVoiceSoThatSpeechRecognitionHearsIt() throws Exception {
        TestUsers.Account a = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.speech());
        long audio = VoiceFixtures.generate(a, sample, SCRIPT);
        assertEquals("completed", VoiceFixtures.awaitGeneration(a, audio));

        given().header("Authorization", a.bearer()).get("/api/generation/" + audio).then().statusCode(200)
                .body("status", equalTo("completed")).body("completed_at", notNullValue())
                .body("duration_seconds", greaterThan(1.5)).body("similarity", greaterThan(0.0))
                .body("word_error_rate", lessThanOrEqualTo(0.35));
        byte[] wav = given().header("Authorization", a.bearer()).get("/api/library/download/generated/" + audio)
                .then().statusCode(200).contentType("audio/wav").extract().asByteArray();
        String heard = recognizer.recognize(decoder.decode(wav, 16000), "en").text();
        double wer = WordErrorRate.compute(SCRIPT, heard).rate();
        assertTrue(wer <= 0.35, "asked to say '" + SCRIPT + "', recognised '" + heard + "' (WER " + wer + ")");
    }

    @Test
    void shouldListAndDeleteGenerations() {
        TestUsers.Account a = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.speech());
        long audio = VoiceFixtures.generate(a, sample, "Good morning.");
        given().header("Authorization", a.bearer()).get("/api/generation/").then().statusCode(200)
                .body("total", equalTo(1)).body("generations[0].audio_id", equalTo((int) audio));
        VoiceFixtures.awaitGeneration(a, audio);
        given().header("Authorization", a.bearer()).delete("/api/generation/" + audio).then().statusCode(204);
        given().header("Authorization", a.bearer()).get("/api/generation/" + audio).then().statusCode(404);
    }

    @Test
    void shouldRefuseBadRequestsWithoutCreatingAJob() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.shortSpeech());
        create(a, Map.of("sample_id", sample, "script_text", "")).then().statusCode(400)
                .body("details.field", equalTo("script_text"));
        create(a, Map.of("sample_id", sample, "script_text", "word ".repeat(20_000))).then().statusCode(400)
                .body("details.field", equalTo("script_text"));
        create(a, Map.of("sample_id", sample, "script_text", "Hello", "language", "xx")).then().statusCode(400)
                .body("details.field", equalTo("language"));
        create(a, Map.of("script_text", "Hello")).then().statusCode(400);
        create(a, Map.of("sample_id", 999_999, "script_text", "Hello")).then().statusCode(404);
        create(b, Map.of("sample_id", sample, "script_text", "Hello")).then().statusCode(404);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body("{")
                .post("/api/generation/create").then().statusCode(400);
        given().header("Authorization", a.bearer()).get("/api/generation").then().body("total", equalTo(0));
    }

    @Test
    void shouldHideOtherUsersGenerationsAndRequireAToken() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        long audio = VoiceFixtures.generate(a, VoiceFixtures.uploadSample(a, TestMedia.shortSpeech()), "Hello there.");
        given().header("Authorization", b.bearer()).get("/api/generation/" + audio).then().statusCode(404);
        given().header("Authorization", b.bearer()).get("/api/generation/status/" + audio).then().statusCode(404);
        given().header("Authorization", b.bearer()).delete("/api/generation/" + audio).then().statusCode(404);
        given().get("/api/generation/" + audio).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("sample_id", 1, "script_text", "x"))
                .post("/api/generation/create").then().statusCode(401);
        VoiceFixtures.awaitGeneration(a, audio);
    }

    private static io.restassured.response.Response create(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/generation/create");
    }
}
