package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("voice")
class VoiceDeletionTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/samples/", "/api/library/sample/"})
    void shouldForgetASamplesVoiceEverywhereOnceTheSampleIsDeleted(String route) {
        TestUsers.Account a = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.speech());
        String voice = given().header("Authorization", a.bearer()).get("/api/samples/" + sample)
                .then().statusCode(200).extract().path("voice_id");
        assertTrue(profileIds(a).contains(voice));

        given().header("Authorization", a.bearer()).delete(route + sample).then().statusCode(route.contains("library") ? 200 : 204);

        assertVoiceGone(a, voice);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("sample_id", sample, "script_text", "Hello there."))
                .post("/api/generation/create").then().statusCode(404);
        given().header("Authorization", a.bearer()).get("/api/samples/" + sample).then().statusCode(404);
    }

    @Test
    void shouldDeleteAProfileAndKeepWhatWasSpokenWithIt() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        String voice = profile(a);
        String job = cloneVoice(a, voice).then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(a, job));
        String output = given().header("Authorization", a.bearer()).get("/api/v1/process/status/" + job)
                .then().extract().path("result_url");

        given().header("Authorization", b.bearer()).delete("/api/v1/voices/profiles/" + voice).then().statusCode(404);
        given().header("Authorization", a.bearer()).delete("/api/v1/voices/profiles/" + voice).then().statusCode(204);

        assertVoiceGone(a, voice);
        given().header("Authorization", a.bearer()).delete("/api/v1/voices/profiles/" + voice).then().statusCode(404);
        given().header("Authorization", a.bearer()).get(output).then().statusCode(200).contentType("audio/wav");
    }

    @Test
    void shouldDeleteACloneWithItsVoiceAndKeepItsOutputFile() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
        int clone = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Doomed clone", "source_file", "librivox-austen-0870.wav"))
                .post("/api/voice/clones").then().statusCode(201).extract().path("id");
        Eventually.within(VoiceFixtures.JOB_LIMIT, () -> "completed".equals(given().header("Authorization", a.bearer())
                .get("/api/voice/clones/" + clone + "/status").then().statusCode(200).extract().path("status")));
        String output = given().header("Authorization", a.bearer()).get("/api/voice/clones/" + clone)
                .then().statusCode(200).extract().path("output_file");
        List<String> own = profileIds(a);
        assertEquals(1, own.size(), "the clone's voice is listed");
        String voice = own.get(0);

        given().header("Authorization", a.bearer()).delete("/api/voice/clones/" + clone).then().statusCode(204);

        given().header("Authorization", a.bearer()).get("/api/voice/clones/" + clone).then().statusCode(404);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("text", "Hello."))
                .post("/api/voice/clones/" + clone + "/synthesize").then().statusCode(404);
        assertVoiceGone(a, voice);
        given().header("Authorization", a.bearer()).get("/api/storage/download/" + output).then().statusCode(200);
    }

    private static void assertVoiceGone(TestUsers.Account a, String voice) {
        assertFalse(profileIds(a).contains(voice), "no longer listed");
        given().header("Authorization", a.bearer()).get("/api/v1/voices/preview/" + voice + "?text=Hello there.")
                .then().statusCode(404);
        cloneVoice(a, voice).then().statusCode(404);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("voice_profile_id", voice, "script_text", "Hello there."))
                .post("/api/generation/create").then().statusCode(404);
    }

    private static List<String> profileIds(TestUsers.Account a) {
        return given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles")
                .then().statusCode(200).extract().path("profiles.findAll { it.origin != 'stock' }.id");
    }

    private static String profile(TestUsers.Account a) {
        String file = TestUploads.upload(a, TestMedia.speech());
        return given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Short-lived", "audio_sample_id", file))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
    }

    private static Response cloneVoice(TestUsers.Account a, String voice) {
        return given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("voice_profile_id", voice, "text_content", "Good morning to everyone.", "target_language", "en"))
                .post("/api/v1/process/clone-voice");
    }
}
