package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Declarative validation names the request's own fields; seed clients get messages they can act on. */
@QuarkusTest
@Tag("api")
class RequestValidationTest {

    private static final String CLONE_VOICE = "/api/v1/process/clone-voice";

    @Test
    void shouldNameCloneVoiceFieldsAsTheRequestSpellsThem() {
        TestUsers.Account user = TestUsers.register();
        String audio = TestUploads.upload(user, TestMedia.shortSpeech());
        cloneVoice(user, Map.of("audio_file_id", audio, "target_language", "en")).then().statusCode(400)
                .body("details.field", equalTo("text_content")).body("message", containsString("text_content"));
        cloneVoice(user, Map.of("audio_file_id", audio, "target_language", "en", "text_content", "x".repeat(5001)))
                .then().statusCode(400).body("details.field", equalTo("text_content"))
                .body("message", containsString("5001"));
        cloneVoice(user, Map.of("audio_file_id", audio, "target_language", "zz", "text_content", "Hello"))
                .then().statusCode(400).body("details.field", equalTo("target_language"))
                .body("message", containsString("'zz' is not available"));
        cloneVoice(user, Map.of("audio_file_id", audio, "target_language", "not a code", "text_content", "Hello"))
                .then().statusCode(400).body("details.field", equalTo("target_language"));
        given().header("Authorization", user.bearer()).get("/api/v1/voices/profiles").then().statusCode(200)
                .body("profiles.findAll { it.name.startsWith('Voice of') }.size()", equalTo(0));
    }

    @Test
    void shouldSayWhatBodyAnEndpointWantsWhenItIsMissing() {
        TestUsers.Account user = TestUsers.register();
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).post(CLONE_VOICE)
                .then().statusCode(400).body("error", equalTo("validation_error"))
                .body("message", equalTo("A JSON body with text_content and voice_profile_id or audio_file_id is required"));
    }

    @Test
    void shouldExplainMalformedJsonFormsAndUnconvertibleIds() {
        TestUsers.Account user = TestUsers.register();
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body("{\"text_content\": ")
                .post(CLONE_VOICE).then().statusCode(400).body("detail", containsString("not valid JSON"));
        given().header("Authorization", user.bearer()).formParam("text_content", "Hello").post(CLONE_VOICE)
                .then().statusCode(415).body("detail", containsString("application/x-www-form-urlencoded"));
        given().header("Authorization", user.bearer()).get("/api/samples/abc").then().statusCode(400)
                .body("detail", containsString("'abc' is not a whole number"));
        given().header("Authorization", user.bearer()).multiPart("project_name", "p").post("/api/v1/files/upload")
                .then().statusCode(400).body("detail", containsString("form field 'file'"));
    }

    @Test
    void shouldAnswerFailedSyncGenerateWithSuccessFalseAndTheReason() {
        given().contentType(ContentType.JSON).body(Map.of("image_filename", "abc123.jpg", "audio_filename", "d.wav"))
                .post("/api/v1/generate").then().statusCode(404)
                .body("success", equalTo(false)).body("error_message", containsString("Image file not found"));
        given().contentType(ContentType.JSON).post("/api/v1/generate").then().statusCode(422)
                .body("success", equalTo(false)).body("error_message", containsString("image_filename"));
        given().contentType(ContentType.JSON).body(Map.of("audio_filename", "d.wav")).post("/api/v1/generate")
                .then().statusCode(422).body("success", equalTo(false))
                .body("error_message", equalTo("image_filename: is required"));
        given().contentType(ContentType.JSON).body("{oops").post("/api/v1/generate").then().statusCode(400)
                .body("success", equalTo(false)).body("error_message", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).body(Map.of("image_filename", "abc123.jpg", "output_fps", 5))
                .post("/api/v1/generate").then().statusCode(422).body("success", equalTo(false))
                .body("details.field", equalTo("output_fps"));
    }

    private static io.restassured.response.Response cloneVoice(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body).post(CLONE_VOICE);
    }
}
