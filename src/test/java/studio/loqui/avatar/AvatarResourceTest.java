package studio.loqui.avatar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.Pngs;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import jakarta.inject.Inject;
import studio.loqui.media.inspect.MediaInfo;
import studio.loqui.media.inspect.MediaInspector;
import studio.loqui.media.inspect.MediaKind;

import java.nio.file.Files;
import java.util.EnumSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed 004 without an API key: its Python workflow, unchanged, plus bad input. */
@QuarkusTest
@Tag("avatar")
class AvatarResourceTest {

    @Inject
    MediaInspector inspector;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldRunTheSeedsWorkflowAsync() {
        String image = upload("image", TestMedia.portrait());
        String audio = upload("audio", TestMedia.shortSpeech());
        String job = given().contentType(ContentType.JSON)
                .body(Map.of("image_filename", image, "audio_filename", audio, "output_fps", 30, "output_resolution", 256))
                .post("/api/v1/generate/async").then().statusCode(200)
                .body("job_id", matchesPattern("job_[0-9a-f-]{36}")).body("status", equalTo("pending"))
                .body("progress", equalTo(0)).body("result", nullValue())
                .extract().path("job_id");
        Eventually.within(Duration.ofMinutes(3), () -> "completed".equals(
                given().get("/api/v1/status/" + job).then().statusCode(200).extract().path("status")));
        Response status = given().get("/api/v1/status/" + job);
        status.then().body("progress", equalTo(100)).body("result.success", equalTo(true))
                .body("result.duration", closeTo(5.3, 1.0 / 30)).body("result.error_message", nullValue());
        int frames = status.path("result.frames_generated");
        assertTrue(Math.abs(frames - 5.3 * 30) <= 1, "frames " + frames);
        String url = status.path("result.video_url");
        byte[] video = given().get("/api/v1" + url).then().statusCode(200).contentType("video/mp4").extract().asByteArray();
        assertTrue(video.length > 10_000);
        given().header("Range", "bytes=0-99").get("/api/v1" + url).then().statusCode(206);
        given().delete("/api/v1/cleanup/" + image).then().statusCode(200)
                .body("message", equalTo("File " + image + " deleted successfully"));
        given().delete("/api/v1/cleanup/" + audio).then().statusCode(200);
        given().delete("/api/v1/cleanup/" + image).then().statusCode(404);
    }

    @Test
    void shouldRenderSynchronouslyAtTheRequestedSize() throws Exception {
        String image = upload("image", TestMedia.portrait());
        String audio = upload("audio", TestMedia.shortSpeech());
        Response rendered = given().contentType(ContentType.JSON)
                .body(Map.of("image_filename", image, "audio_filename", audio, "output_fps", 10, "output_resolution", 256))
                .post("/api/v1/generate");
        rendered.then().statusCode(200).body("success", equalTo(true)).body("video_filename", notNullValue());
        int frames = rendered.path("frames_generated");
        assertTrue(Math.abs(frames - 53) <= 1, "frames " + frames);
        String url = rendered.path("video_url");
        Path mp4 = Files.createTempFile("avatar", ".mp4");
        Files.write(mp4, given().get("/api/v1" + url).asByteArray());
        MediaInfo measured = inspector.inspect(mp4, EnumSet.of(MediaKind.VIDEO));
        assertEquals(256, measured.width());
        assertEquals(256, measured.height());
        assertEquals("h264", measured.codec());
        assertEquals(5.3, measured.durationSeconds(), 0.15);
    }

    @Test
    void shouldSpeakTextInAClonedVoice() {
        TestUsers.Account a = TestUsers.register();
        String file = studio.loqui.support.TestUploads.upload(a, TestMedia.speech());
        String voice = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "audio_sample_id", file)).post("/api/v1/voices/create-profile")
                .then().statusCode(201).extract().path("id");
        String image = given().header("Authorization", a.bearer()).multiPart("file", TestMedia.portrait().toFile())
                .post("/api/v1/upload/image").then().statusCode(200).extract().path("filename");
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("image_filename", image, "text", "Hello, I am speaking in a cloned voice.",
                        "voice_profile_id", voice, "output_resolution", 256, "output_fps", 15))
                .post("/api/v1/generate").then().statusCode(200).body("success", equalTo(true))
                .body("duration", org.hamcrest.Matchers.greaterThan(1.5));
        TestUsers.Account b = TestUsers.register();
        given().header("Authorization", b.bearer()).get("/api/v1/download/" + image).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("image_filename", image, "text", "hi", "voice_profile_id", voice))
                .post("/api/v1/generate/async").then().statusCode(404);
    }

    @Test
    void shouldRefuseBadFilesWithTheSeedsMessages() throws Exception {
        given().multiPart("file", "notes.png", "hello".getBytes(), "image/png").post("/api/v1/upload/image")
                .then().statusCode(400).body("detail", containsString("Invalid file type. Allowed: image/png, image/jpeg"));
        byte[] corrupt = java.util.Arrays.copyOf(Files.readAllBytes(TestMedia.portrait()), 60);
        given().multiPart("file", "broken.png", corrupt, "image/png").post("/api/v1/upload/image").then().statusCode(400);
        given().multiPart("file", "huge.png", Pngs.declaring(30000, 30000), "image/png").post("/api/v1/upload/image")
                .then().statusCode(413);
        given().multiPart("file", TestMedia.portrait().toFile(), "audio/wav").post("/api/v1/upload/audio")
                .then().statusCode(400).body("detail", containsString("Allowed: audio/wav"));
        given().post("/api/v1/upload/image").then().statusCode(415);
    }

    @Test
    void shouldRefuseBadGenerationRequests() {
        String image = upload("image", TestMedia.portrait());
        String audio = upload("audio", TestMedia.shortSpeech());
        String noFace = upload("image", FFmpegTool.run(".png", "-f", "lavfi", "-i", "color=c=gray:s=320x240", "-frames:v", "1"));
        generate(Map.of("image_filename", "0000.jpg", "audio_filename", audio)).then().statusCode(404)
                .body("detail", containsString("Image file not found"));
        generate(Map.of("image_filename", image, "audio_filename", "nope.wav")).then().statusCode(404)
                .body("detail", containsString("Audio file not found"));
        generate(Map.of("image_filename", "../../etc/passwd", "audio_filename", audio)).then().statusCode(404);
        generate(Map.of("image_filename", image, "audio_filename", audio, "output_fps", 5)).then().statusCode(422);
        generate(Map.of("image_filename", image, "audio_filename", audio, "output_resolution", 300)).then().statusCode(422);
        generate(Map.of("image_filename", audio, "audio_filename", audio)).then().statusCode(400);
        generate(Map.of("image_filename", image)).then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("image_filename", noFace, "audio_filename", audio,
                "output_resolution", 256)).post("/api/v1/generate").then().statusCode(400)
                .body("detail", containsString("face"));
        given().get("/api/v1/status/job_00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/api/v1/download/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
        given().urlEncodingEnabled(false).delete("/api/v1/cleanup/%2e%2e%2fdb").then().statusCode(404);
    }

    @Test
    void shouldRefuseAudioLongerThanTheLimit() {
        Path twoHours = FFmpegTool.run(".mp3", "-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "7200",
                "-c:a", "libmp3lame", "-b:a", "8k");
        given().multiPart("file", twoHours.toFile()).post("/api/v1/upload/audio").then().statusCode(400)
                .body("detail", containsString("longest accepted"));
    }

    @Test
    void shouldCancelARenderStoppingItBeforeItsVideo() {
        Path minute = FFmpegTool.run(".wav", "-stream_loop", "7", "-i", TestMedia.speech().toString(), "-c:a", "pcm_s16le");
        String image = upload("image", TestMedia.portrait());
        String audio = upload("audio", minute);
        Map<String, Object> request = Map.of("image_filename", image, "audio_filename", audio, "output_resolution", 1024);
        String anonymous = generate(request).then().statusCode(200).extract().path("job_id");
        given().post("/api/v1/cancel/" + anonymous).then().statusCode(200)
                .body("job_id", equalTo(anonymous)).body("status", matchesPattern("pending|processing|failed"));
        assertCancelled(null, anonymous);
        given().post("/api/v1/cancel/" + anonymous).then().statusCode(409)
                .body("detail", containsString(anonymous + " has already ended"));

        TestUsers.Account owner = TestUsers.register();
        String owned = given().header("Authorization", owner.bearer()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/generate/async").then().statusCode(200).extract().path("job_id");
        Eventually.within(Duration.ofMinutes(2), () -> given().header("Authorization", owner.bearer())
                .get("/api/v1/status/" + owned).then().extract().<Integer>path("progress") > 10);
        given().header("Authorization", TestUsers.register().bearer()).post("/api/v1/cancel/" + owned)
                .then().statusCode(404);
        given().header("Authorization", owner.bearer()).post("/api/v1/cancel/" + owned).then().statusCode(200);
        assertCancelled(owner.bearer(), owned);
        given().post("/api/v1/cancel/job_00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    /** The job ends failed as cancelled, before all its frames: no video, progress short of 100. */
    private static void assertCancelled(String bearer, String job) {
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> as = () ->
                bearer == null ? given() : given().header("Authorization", bearer);
        Eventually.within(Duration.ofMinutes(1), () -> "failed".equals(
                as.get().get("/api/v1/status/" + job).then().extract().path("status")));
        as.get().get("/api/v1/status/" + job).then().statusCode(200)
                .body("result.success", equalTo(false)).body("result.error_message", equalTo("Cancelled"))
                .body("result.video_filename", nullValue()).body("progress", org.hamcrest.Matchers.lessThan(100));
    }

    static String upload(String kind, Path file) {
        return given().multiPart("file", file.toFile()).post("/api/v1/upload/" + kind).then().statusCode(200)
                .body("message", equalTo((kind.equals("image") ? "Image" : "Audio") + " uploaded successfully"))
                .extract().path("filename");
    }

    private static Response generate(Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        return given().contentType(ContentType.JSON).body(request).post("/api/v1/generate/async");
    }
}
