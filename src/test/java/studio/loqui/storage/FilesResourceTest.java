package studio.loqui.storage;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.Pngs;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@Tag("api")
class FilesResourceTest {

    private static Path video;

    @BeforeAll
    static void makeVideo() {
        TestJson.useDoubles();
        video = FFmpegTool.videoWithSpeech(TestMedia.speech());
    }

    @Test
    void shouldUploadAVideoAndReportWhatWasMeasured() {
        TestUsers.Account a = TestUsers.register();
        String id = given().header("Authorization", a.bearer())
                .multiPart("file", "talk.mp4", StorageResourceTest.readBytes(video), "application/octet-stream")
                .multiPart("project_name", "My Project")
                .post("/api/v1/files/upload")
                .then().statusCode(201)
                .body("file_id", matchesPattern("[0-9a-f-]{36}"))
                .body("kind", equalTo("video"))
                .body("mime_type", equalTo("video/mp4"))
                .body("width", equalTo(320)).body("height", equalTo(240))
                .body("duration", closeTo(7.1, 0.15))
                .body("project_name", equalTo("My Project"))
                .extract().path("file_id");
        String url = given().header("Authorization", a.bearer()).get("/api/v1/files/" + id)
                .then().statusCode(200).body("filename", equalTo("talk.mp4")).body("sample_rate", equalTo(16000))
                .extract().path("download_url");
        byte[] body = given().header("Authorization", a.bearer()).get(url)
                .then().statusCode(200).contentType("video/mp4").extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(StorageResourceTest.readBytes(video), body);
        given().header("Authorization", a.bearer()).delete("/api/v1/files/" + id).then().statusCode(200);
        given().header("Authorization", a.bearer()).get("/api/v1/files/" + id).then().statusCode(404);
    }

    @Test
    void shouldMeasureAnImageFromItsHeader() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("file", TestMedia.portrait().toFile(), "image/png")
                .post("/api/v1/files/upload")
                .then().statusCode(201).body("kind", equalTo("image")).body("width", equalTo(512))
                .body("height", equalTo(512));
    }

    @Test
    void shouldRefuseAnImageDeclaringTooManyPixelsWithoutDecodingIt() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("file", "huge.png", Pngs.declaring(30000, 30000), "image/png")
                .post("/api/v1/files/upload")
                .then().statusCode(413).body("detail", containsString("30000x30000"));
    }

    @Test
    void shouldHideOtherUsersFilesAndUnknownIds() {
        TestUsers.Account owner = TestUsers.register();
        TestUsers.Account other = TestUsers.register();
        String id = given().header("Authorization", owner.bearer())
                .multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/v1/files/upload").then().statusCode(201).extract().path("file_id");
        given().header("Authorization", other.bearer()).get("/api/v1/files/" + id).then().statusCode(404);
        given().header("Authorization", other.bearer()).get("/api/v1/files/" + id + "/download").then().statusCode(404);
        given().header("Authorization", other.bearer()).delete("/api/v1/files/" + id).then().statusCode(404);
        given().header("Authorization", owner.bearer()).get("/api/v1/files/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).body("error", equalTo("not_found"));
        for (String attack : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..%5Cx", "%EF%BC%8E%EF%BC%8E"}) {
            given().header("Authorization", owner.bearer()).urlEncodingEnabled(false)
                    .get("/api/v1/files/" + attack).then().statusCode(404);
        }
    }

    @Test
    void shouldRefuseUploadsThatAreNotMedia() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("file", "clip.mp4", "<html>not a video</html>".getBytes(), "video/mp4")
                .post("/api/v1/files/upload").then().statusCode(400).body("error", equalTo("validation_error"));
        given().header("Authorization", a.bearer())
                .multiPart("file", "x.mpd", "<?xml version=\"1.0\"?><MPD></MPD>".getBytes(), "application/dash+xml")
                .post("/api/v1/files/upload").then().statusCode(400);
        given().header("Authorization", a.bearer()).multiPart("project_name", "p")
                .post("/api/v1/files/upload").then().statusCode(400).body("details.field", equalTo("file"));
    }

    @Test
    void shouldRequireATokenForFiles() {
        given().get("/api/v1/files/00000000-0000-0000-0000-000000000000").then().statusCode(401);
        given().multiPart("file", TestMedia.speech().toFile()).post("/api/v1/files/upload").then().statusCode(401);
        given().delete("/api/v1/files/00000000-0000-0000-0000-000000000000").then().statusCode(401);
    }
}
