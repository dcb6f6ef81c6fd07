package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Files;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

@QuarkusTest
@Tag("voice")
class SamplesResourceTest {

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldUploadASampleAndMeasureTheVoiceInIt() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("sample_name", "My Voice Sample").multiPart("upload_type", "recorded")
                .multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/samples/upload")
                .then().statusCode(201)
                .body("sample_id", greaterThan(0))
                .body("user_id", equalTo((int) a.id()))
                .body("sample_name", equalTo("My Voice Sample"))
                .body("upload_type", equalTo("recorded"))
                .body("duration_seconds", closeTo(7.1, 0.05))
                .body("gender", equalTo("male"))
                .body("median_pitch_hz", greaterThan(80.0))
                .body("median_pitch_hz", lessThan(140.0))
                .body("quality.speech_seconds", greaterThan(5.0));
    }

    @Test
    void shouldTakeABrowserRecordingWhoseHeaderHasNoDuration() {
        // MediaRecorder streams WebM as it records, so the header never gets a duration; FFmpeg writing to a pipe does the same
        byte[] webm = studio.loqui.media.ffmpeg.FFmpegRun.toBytes(studio.loqui.media.TestMedia.FFMPEG.ffmpeg(),
                java.util.List.of("-i", TestMedia.speech().toString(), "-c:a", "libopus", "-b:a", "32k", "-f", "webm", "pipe:1"),
                java.time.Duration.ofSeconds(30), "encode the test recording");
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("sample_name", "Recorded in the browser").multiPart("upload_type", "recorded")
                .multiPart("file", TestMedia.tempFile(".webm", webm).toFile(), "audio/webm")
                .post("/api/samples/upload")
                .then().statusCode(201)
                .body("duration_seconds", closeTo(7.1, 0.1))
                .body("gender", equalTo("male"))
                .body("quality.speech_seconds", greaterThan(5.0));
    }

    @Test
    void shouldListGetAndDeleteOnlyTheCallersSamples() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        long id = VoiceFixtures.uploadSample(a, TestMedia.shortSpeech());
        given().header("Authorization", a.bearer()).get("/api/samples/").then().statusCode(200)
                .body("total", equalTo(1)).body("samples[0].sample_id", equalTo((int) id));
        given().header("Authorization", a.bearer()).get("/api/samples?skip=1&limit=10").then().statusCode(200)
                .body("samples.size()", equalTo(0)).body("total", equalTo(1));
        given().header("Authorization", b.bearer()).get("/api/samples/" + id).then().statusCode(404);
        given().header("Authorization", b.bearer()).delete("/api/samples/" + id).then().statusCode(404);
        given().header("Authorization", a.bearer()).get("/api/samples/" + id).then().statusCode(200)
                .body("duration_seconds", closeTo(5.3, 0.1));
        given().header("Authorization", a.bearer()).delete("/api/samples/" + id).then().statusCode(204);
        given().header("Authorization", a.bearer()).get("/api/samples/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseRecordingsThatCannotMakeAVoiceSayingWhy() throws Exception {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("sample_name", "quiet")
                .multiPart("file", VoiceFixtures.silence(6).toFile(), "audio/wav")
                .post("/api/samples/upload").then().statusCode(400).body("detail", containsString("silent"));
        given().header("Authorization", a.bearer()).multiPart("sample_name", "hiss")
                .multiPart("file", VoiceFixtures.noise(6).toFile(), "audio/wav")
                .post("/api/samples/upload").then().statusCode(400).body("detail", containsString("voice sample"));
        given().header("Authorization", a.bearer()).multiPart("sample_name", "short")
                .multiPart("file", VoiceFixtures.firstSeconds(TestMedia.speech(), 1.5).toFile(), "audio/wav")
                .post("/api/samples/upload").then().statusCode(400).body("detail", containsString("speech"));
        given().header("Authorization", a.bearer()).multiPart("sample_name", "picture")
                .multiPart("file", "voice.wav", Files.readAllBytes(TestMedia.portrait()), "audio/wav")
                .post("/api/samples/upload").then().statusCode(400).body("detail", containsString("Allowed"));
        given().header("Authorization", a.bearer()).multiPart("sample_name", "empty")
                .multiPart("file", "empty.wav", new byte[0], "audio/wav")
                .post("/api/samples/upload").then().statusCode(400);
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/samples/upload").then().statusCode(400).body("details.field", equalTo("sample_name"));
        given().header("Authorization", a.bearer()).multiPart("sample_name", "x").multiPart("upload_type", "stolen")
                .multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/samples/upload").then().statusCode(400).body("details.field", equalTo("upload_type"));
        given().header("Authorization", a.bearer()).get("/api/samples").then().body("total", equalTo(0));
    }

    @Test
    void shouldRequireATokenForSamples() {
        given().get("/api/samples/").then().statusCode(401);
        given().get("/api/samples/1").then().statusCode(401);
        given().delete("/api/samples/1").then().statusCode(401);
        given().multiPart("sample_name", "x").multiPart("file", TestMedia.speech().toFile())
                .post("/api/samples/upload").then().statusCode(401);
    }
}
