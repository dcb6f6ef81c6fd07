package studio.loqui.system;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: broken multipart, absurd ranges and unknown paths answer 4xx with the error shape, never 500. */
@QuarkusTest
@Tag("api")
class MalformedRequestsTest {

    private static final String HUGE = "99999999999999999999999";
    private static final List<String> UPLOAD_ROUTES = List.of("/api/samples/upload", "/api/v1/upload/image",
            "/api/v1/upload/audio", "/api/v1/files/upload", "/api/storage/upload");

    @TestHTTPResource("/")
    URL base;

    private static TestUsers.Account user;
    private static Map<String, String> downloads;

    /** Once per class, from the first test: a static {@code @BeforeAll} runs before REST Assured knows the port. */
    @BeforeEach
    synchronized void uploadOneFilePerRoute() throws IOException {
        if (user != null) {
            return;
        }
        user = TestUsers.register();
        byte[] speech = Files.readAllBytes(TestMedia.shortSpeech());
        String fileId = TestUploads.upload(user, TestMedia.shortSpeech());
        String stored = given().header("Authorization", user.bearer()).multiPart("file", "talk.wav", speech, "audio/wav")
                .post("/api/storage/upload").then().statusCode(200).extract().path("filename");
        String avatarAudio = given().header("Authorization", user.bearer()).multiPart("file", "talk.wav", speech, "audio/wav")
                .post("/api/v1/upload/audio").then().statusCode(200).extract().path("filename");
        long sample = VoiceFixtures.uploadSample(user, TestMedia.shortSpeech());
        downloads = Map.of("/api/v1/files/" + fileId + "/download", "bytes",
                "/api/storage/download/" + stored, "bytes",
                "/api/v1/download/" + avatarAudio, "bytes",
                "/api/library/download/sample/" + sample, "bytes",
                "/api/v1/films/1/film.mp4?expires=1&signature=x", "film");
    }

    static Stream<String> uploadRoutes() {
        return UPLOAD_ROUTES.stream();
    }

    static Stream<String> downloadRoutes() {
        return Stream.of("/api/v1/files/", "/api/storage/download/", "/api/v1/download/", "/api/library/download/",
                "/api/v1/films/");
    }

    @ParameterizedTest
    @MethodSource("uploadRoutes")
    void shouldRefuseAPartHeaderWithoutColon(String route) throws IOException {
        assertRefused(route, "b0undary", part("b0undary", "Content-Disposition form-data; name=\"file\"", "x")
                + "--b0undary--\r\n");
    }

    @ParameterizedTest
    @MethodSource("uploadRoutes")
    void shouldRefuseATruncatedBody(String route) throws IOException {
        String body = part("b0undary", "Content-Disposition: form-data; name=\"file\"; filename=\"a.wav\"", "RIFF1234");
        assertRefused(route, "b0undary", body.substring(0, body.length() - 6));
    }

    @ParameterizedTest
    @MethodSource("uploadRoutes")
    void shouldRefuseABodyWhoseBoundaryIsNotTheDeclaredOne(String route) throws IOException {
        assertRefused(route, "declared", part("other", "Content-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.wav\"", "RIFF1234") + "--other--\r\n");
    }

    @ParameterizedTest
    @MethodSource("uploadRoutes")
    void shouldRefuseA200CharacterBoundary(String route) throws IOException {
        String boundary = "b".repeat(200);
        assertRefused(route, boundary, part(boundary, "Content-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.wav\"", "RIFF1234") + "--" + boundary + "--\r\n");
    }

    @ParameterizedTest
    @MethodSource("uploadRoutes")
    void shouldRefuseBareLineFeeds(String route) throws IOException {
        String body = (part("b0undary", "Content-Disposition: form-data; name=\"file\"; filename=\"a.wav\"", "RIFF1234")
                + "--b0undary--\r\n").replace("\r\n", "\n");
        assertRefused(route, "b0undary", body);
    }

    @ParameterizedTest
    @MethodSource("uploadRoutes")
    void shouldRefuseANewlineInAFileName(String route) throws IOException {
        assertRefused(route, "b0undary", part("b0undary", "Content-Disposition: form-data; name=\"file\"; "
                + "filename=\"a\r\nb.wav\"", "RIFF1234") + "--b0undary--\r\n");
    }

    @ParameterizedTest
    @MethodSource("downloadRoutes")
    void shouldAnswerARangeBeyondALongWith416AndTheErrorBody(String prefix) {
        String route = downloads.keySet().stream().filter(r -> r.startsWith(prefix)).findFirst().orElseThrow();
        Response start = given().header("Authorization", user.bearer()).header("Range", "bytes=" + HUGE + "-").get(route);
        if (downloads.get(route).equals("film")) {
            // an unsigned film link is refused before its range is read
            start.then().statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                    .and(org.hamcrest.Matchers.lessThan(500))).body("detail", notNullValue());
            return;
        }
        start.then().statusCode(416).header("Content-Range", org.hamcrest.Matchers.startsWith("bytes */"))
                .body("error", equalTo("range_not_satisfiable")).body("detail", notNullValue());
        byte[] whole = given().header("Authorization", user.bearer()).get(route).then().statusCode(200)
                .extract().asByteArray();
        byte[] tail = given().header("Authorization", user.bearer()).header("Range", "bytes=10-" + HUGE).get(route)
                .then().statusCode(206).extract().asByteArray();
        assertTrue(tail.length == whole.length - 10, "bytes=10-<huge> is the file from byte 10: " + tail.length);
        byte[] suffix = given().header("Authorization", user.bearer()).header("Range", "bytes=-" + HUGE).get(route)
                .then().statusCode(206).extract().asByteArray();
        assertTrue(suffix.length == whole.length, "a suffix longer than the file is the whole file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/api/v1/nowhere", "/api/v1/files/x/y/z", "/q/nowhere"})
    void shouldAnswerHeadOnAnUndocumentedPathWithoutA500(String path) {
        int status = given().header("Authorization", user.bearer()).head(path).statusCode();
        assertTrue(status == 404 || status == 405, path + " answered " + status);
    }

    private static String part(String boundary, String disposition, String content) {
        return "--" + boundary + "\r\n" + disposition + "\r\nContent-Type: audio/wav\r\n\r\n" + content + "\r\n";
    }

    private void assertRefused(String route, String boundary, String body) throws IOException {
        String answer = exchange(route, "multipart/form-data; boundary=" + boundary, body);
        int status = Integer.parseInt(answer.substring(9, 12));
        assertTrue(status >= 400 && status < 500, route + " answered " + answer);
        assertTrue(answer.contains("\"detail\""), route + " answered without the error shape: " + answer);
    }

    /** One raw HTTP/1.1 exchange, so that framing a client library would repair reaches the server as sent. */
    private String exchange(String route, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + route + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + user.bearer()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
