package studio.loqui.voice;

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
import studio.loqui.support.VoiceFixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("voice")
class VoiceProfilesResourceTest {

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldCreateAProfileAndListItWithTheStockVoicesFiltered() {
        TestUsers.Account a = TestUsers.register();
        String file = TestUploads.upload(a, TestMedia.speech());
        String id = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "My Voice", "audio_sample_id", file, "language", "en",
                        "description", "Professional voice for presentations"))
                .post("/api/v1/voices/create-profile").then().statusCode(201)
                .body("gender", equalTo("male")).body("origin", equalTo("profile")).extract().path("id");
        given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles?gender=male&language=en")
                .then().statusCode(200)
                .body("profiles.id", hasItem(id))
                .body("profiles.gender", everyItem(equalTo("male")))
                .body("profiles.language", everyItem(startsWith("en")))
                .body("profiles.origin", hasItem("stock"))
                .body("profiles.created_at", everyItem(notNullValue()));
        List<String> female = given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles?gender=female")
                .then().statusCode(200).extract().path("profiles.id");
        assertTrue(!female.contains(id) && !female.isEmpty());
    }

    @Test
    void shouldPreviewAVoiceAtOnceWithWhatWasHeard() {
        TestUsers.Account a = TestUsers.register();
        String voice = profile(a);
        Response preview = given().header("Authorization", a.bearer())
                .get("/api/v1/voices/preview/" + voice + "?text=The children walked to school along the quiet river.&format=wav");
        preview.then().statusCode(200).contentType("audio/wav");
        assertTrue(preview.asByteArray().length > 16000, "a second or more of audio");
        assertTrue(Double.parseDouble(preview.header("X-Word-Error-Rate")) <= 0.5, preview.header("X-Heard-Text"));
        assertTrue(Double.parseDouble(preview.header("X-Speaker-Similarity")) > 0);
        given().header("Authorization", a.bearer()).get("/api/v1/voices/preview/" + voice).then().statusCode(400);
        given().header("Authorization", a.bearer()).get("/api/v1/voices/preview/" + voice + "?text=" + "a".repeat(600))
                .then().statusCode(400);
        given().header("Authorization", a.bearer()).get("/api/v1/voices/preview/" + voice + "?text=hi&language=zz")
                .then().statusCode(400);
        given().header("Authorization", a.bearer()).get("/api/v1/voices/preview/00000000-0000-0000-0000-000000000000?text=hi")
                .then().statusCode(404);
    }

    @Test
    void shouldSpeakTranslatedTextInAProfilesVoiceOrAFilesSpeaker() {
        TestUsers.Account a = TestUsers.register();
        String voice = profile(a);
        String job = cloneVoice(a, Map.of("voice_profile_id", voice, "target_language", "es",
                "text_content", "Hola, buenos días a todos.")).then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(a, job));
        String file = TestUploads.upload(a, TestMedia.shortSpeech());
        String second = cloneVoice(a, Map.of("audio_file_id", file, "target_language", "en",
                "text_content", "My brother bought a small house near the park.")).then().statusCode(202)
                .extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(a, second));
        String url = given().header("Authorization", a.bearer()).get("/api/v1/process/status/" + second)
                .then().body("result.word_error_rate", org.hamcrest.Matchers.lessThanOrEqualTo(0.4))
                .extract().path("result_url");
        given().header("Authorization", a.bearer()).get(url).then().statusCode(200).contentType("audio/wav");
    }

    @Test
    void shouldRefuseBadCloneVoiceRequestsAndOtherUsersVoices() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        String voice = profile(a);
        cloneVoice(b, Map.of("voice_profile_id", voice, "text_content", "hello")).then().statusCode(404);
        cloneVoice(a, Map.of("voice_profile_id", voice)).then().statusCode(400);
        cloneVoice(a, Map.of("text_content", "hello")).then().statusCode(400);
        cloneVoice(a, Map.of("voice_profile_id", voice, "text_content", "hello", "target_language", "qq"))
                .then().statusCode(400);
        String image = TestUploads.upload(a, TestMedia.portrait());
        cloneVoice(a, Map.of("audio_file_id", image, "text_content", "hello")).then().statusCode(400);
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "stolen", "audio_sample_id", image)).post("/api/v1/voices/create-profile")
                .then().statusCode(404);
        given().get("/api/v1/voices/profiles").then().statusCode(401);
    }

    @Test
    void shouldSayWhichLanguagesEachCapabilityHas() {
        given().get("/api/v1/languages").then().statusCode(200)
                .body("synthesis.en", hasItem("marytts"))
                .body("synthesis.es", hasItem("espeak-ng"))
                .body("recognition.en", hasItem("pocketsphinx"))
                .body("translation", hasItem("en-es"));
    }

    private static String profile(TestUsers.Account user) {
        String file = TestUploads.upload(user, TestMedia.speech());
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "audio_sample_id", file))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
    }

    private static Response cloneVoice(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/clone-voice");
    }
}
