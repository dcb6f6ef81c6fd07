package studio.loqui.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class StorageResourceTest {

    @org.junit.jupiter.api.BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldUploadListDownloadAndDeleteByName() throws IOException {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                .post("/api/storage/upload")
                .then().statusCode(200)
                .body("filename", equalTo("librivox-austen-0870.wav"))
                .body("path", equalTo("/storage/librivox-austen-0870.wav"))
                .body("size", equalTo((int) Files.size(TestMedia.speech())))
                .body("duration_seconds", closeTo(7.1, 0.05))
                .body("message", equalTo("File uploaded successfully"));
        given().header("Authorization", a.bearer()).get("/api/storage/files")
                .then().statusCode(200).body("files.filename", hasItem("librivox-austen-0870.wav"));

        byte[] downloaded = given().header("Authorization", a.bearer())
                .get("/api/storage/download/librivox-austen-0870.wav")
                .then().statusCode(200).contentType("audio/wav").extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(TestMedia.speech()), downloaded);

        given().header("Authorization", a.bearer()).delete("/api/storage/files/librivox-austen-0870.wav")
                .then().statusCode(200);
        given().header("Authorization", a.bearer()).get("/api/storage/download/librivox-austen-0870.wav")
                .then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void shouldServeByteRangesForSeeking() throws IOException {
        TestUsers.Account a = TestUsers.register();
        upload(a, "range.wav");
        byte[] whole = Files.readAllBytes(TestMedia.speech());
        Response partial = given().header("Authorization", a.bearer()).header("Range", "bytes=100-199")
                .get("/api/storage/download/range.wav");
        assertEquals(206, partial.statusCode());
        assertEquals("bytes 100-199/" + whole.length, partial.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), partial.asByteArray());
        given().header("Authorization", a.bearer()).header("Range", "bytes=" + whole.length + "-")
                .get("/api/storage/download/range.wav").then().statusCode(416);
    }

    @Test
    void shouldReplaceAFileUploadedAgainUnderTheSameName() {
        TestUsers.Account a = TestUsers.register();
        upload(a, "same.wav");
        given().header("Authorization", a.bearer())
                .multiPart("file", "same.wav", readBytes(TestMedia.shortSpeech()), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200).body("duration_seconds", closeTo(5.3, 0.1));
        given().header("Authorization", a.bearer()).get("/api/storage/files")
                .then().body("files.size()", equalTo(1)).body("files[0].duration_seconds", closeTo(5.3, 0.1));
    }

    @Test
    void shouldHideOtherUsersFiles() {
        TestUsers.Account owner = TestUsers.register();
        TestUsers.Account other = TestUsers.register();
        upload(owner, "private.wav");
        given().header("Authorization", other.bearer()).get("/api/storage/download/private.wav").then().statusCode(404);
        given().header("Authorization", other.bearer()).delete("/api/storage/files/private.wav").then().statusCode(404);
        given().header("Authorization", other.bearer()).get("/api/storage/files")
                .then().statusCode(200).body("files.filename", not(hasItem("private.wav")));
        given().header("Authorization", owner.bearer()).get("/api/storage/download/private.wav").then().statusCode(200);
    }

    @Test
    void shouldRejectPathTraversalInEveryFileName() {
        TestUsers.Account a = TestUsers.register();
        String[] attacks = {"..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fsecret", "..", "%2Fetc%2Fpasswd",
                "%EF%BC%8E%EF%BC%8E%EF%BC%8Fx", "a%5C..%5Cb", "%00x.wav", "x%0Ay.wav"};
        for (String attack : attacks) {
            int download = given().header("Authorization", a.bearer()).urlEncodingEnabled(false)
                    .get("/api/storage/download/" + attack).statusCode();
            int delete = given().header("Authorization", a.bearer()).urlEncodingEnabled(false)
                    .delete("/api/storage/files/" + attack).statusCode();
            assertTrue(download == 400 || download == 404, attack + " answered " + download);
            assertTrue(delete == 400 || delete == 404, attack + " answered " + delete);
        }
        given().header("Authorization", a.bearer())
                .multiPart("file", "../../evil.wav", readBytes(TestMedia.speech()), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200).body("filename", equalTo("evil.wav"));
    }

    @Test
    void shouldRecogniseContentNotTheNameOrType() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer())
                .multiPart("file", "notes.wav", "just some text, not audio".getBytes(), "audio/wav")
                .post("/api/storage/upload")
                .then().statusCode(400).body("detail", containsString("Invalid file type. Allowed:"));
        given().header("Authorization", a.bearer())
                .multiPart("file", "playlist.mp3", "#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n".getBytes(), "audio/mpeg")
                .post("/api/storage/upload").then().statusCode(400);
        given().header("Authorization", a.bearer())
                .multiPart("file", "empty.wav", new byte[0], "audio/wav")
                .post("/api/storage/upload").then().statusCode(400);
        byte[] truncated = Arrays.copyOf(readBytes(TestMedia.speech()), 30);
        given().header("Authorization", a.bearer())
                .multiPart("file", "truncated.wav", truncated, "audio/wav")
                .post("/api/storage/upload").then().statusCode(400);
        given().header("Authorization", a.bearer()).post("/api/storage/upload").then().statusCode(415);
    }

    @Test
    void shouldRequireATokenForStorage() {
        given().get("/api/storage/files").then().statusCode(401);
        given().get("/api/storage/download/x.wav").then().statusCode(401);
        given().delete("/api/storage/files/x.wav").then().statusCode(401);
        given().multiPart("file", TestMedia.speech().toFile()).post("/api/storage/upload").then().statusCode(401);
    }

    private static void upload(TestUsers.Account account, String name) {
        given().header("Authorization", account.bearer())
                .multiPart("file", name, readBytes(TestMedia.speech()), "audio/wav")
                .post("/api/storage/upload").then().statusCode(200);
    }

    static byte[] readBytes(java.nio.file.Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
