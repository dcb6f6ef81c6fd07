package studio.loqui.support;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** Uploads files as seed-001 files through the API. */
public final class TestUploads {

    private TestUploads() {
    }

    /** The new file's id. */
    public static String upload(TestUsers.Account user, Path file) {
        return given().header("Authorization", user.bearer())
                .multiPart("file", file.toFile())
                .post("/api/v1/files/upload")
                .then().statusCode(201)
                .extract().path("file_id");
    }
}
