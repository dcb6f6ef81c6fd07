package studio.loqui.avatar;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Seed 004 with an API key configured: header, query parameter or bearer token, nothing else. */
@QuarkusTest
@TestProfile(AvatarApiKeyTest.WithApiKey.class)
@Tag("avatar")
class AvatarApiKeyTest {

    static final String KEY = "k3y-for-tests";

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loqui.auth.api-key", KEY);
        }
    }

    @Test
    void shouldRequireTheKeyOrABearerToken() {
        given().multiPart("file", TestMedia.portrait().toFile()).post("/api/v1/upload/image")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("X-API-Key", "wrong").multiPart("file", TestMedia.portrait().toFile())
                .post("/api/v1/upload/image").then().statusCode(401);
        String image = given().header("X-API-Key", KEY).multiPart("file", TestMedia.portrait().toFile())
                .post("/api/v1/upload/image").then().statusCode(200).extract().path("filename");
        given().queryParam("api_key", KEY).get("/api/v1/download/" + image).then().statusCode(200);
        given().get("/api/v1/download/" + image).then().statusCode(401);
        given().get("/api/v1/status/job_x").then().statusCode(401);
        given().delete("/api/v1/cleanup/" + image).then().statusCode(401);

        TestUsers.Account user = TestUsers.register();
        String mine = given().header("Authorization", user.bearer()).multiPart("file", TestMedia.portrait().toFile())
                .post("/api/v1/upload/image").then().statusCode(200).extract().path("filename");
        given().header("Authorization", user.bearer()).get("/api/v1/download/" + mine).then().statusCode(200);
        given().header("Authorization", "Bearer forged.token.value").get("/api/v1/download/" + mine).then().statusCode(401);
        given().header("Authorization", user.bearer()).delete("/api/v1/cleanup/" + mine).then().statusCode(200);
        given().get("/api/v1/health").then().statusCode(200);
    }
}
