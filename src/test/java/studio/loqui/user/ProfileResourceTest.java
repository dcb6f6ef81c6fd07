package studio.loqui.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@Tag("api")
class ProfileResourceTest {

    @Test
    void shouldReadAndUpdateTheCallersOwnProfile() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/api/user/profile")
                .then().statusCode(200).body("id", equalTo((int) a.id())).body("first_name", nullValue());
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("first_name", "John", "last_name", "Doe", "bio", "Voice cloning enthusiast"))
                .put("/api/user/profile")
                .then().statusCode(200).body("first_name", equalTo("John")).body("bio", equalTo("Voice cloning enthusiast"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("bio", "Updated bio"))
                .put("/api/user/profile")
                .then().statusCode(200).body("first_name", equalTo("John")).body("bio", equalTo("Updated bio"));
        given().header("Authorization", b.bearer()).get("/api/user/profile")
                .then().statusCode(200).body("id", equalTo((int) b.id())).body("bio", nullValue());
    }

    @Test
    void shouldRefuseBadProfileInput() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("bio", "x".repeat(2001)))
                .put("/api/user/profile").then().statusCode(400).body("details.field", equalTo("bio"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body("[1,2")
                .put("/api/user/profile").then().statusCode(400);
        given().header("Authorization", a.bearer()).contentType(ContentType.TEXT).body("hello")
                .put("/api/user/profile").then().statusCode(415).body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void shouldCountNoClonesForANewUser() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/api/user/stats")
                .then().statusCode(200).body("total_clones", equalTo(0)).body("completed_clones", equalTo(0))
                .body("pending_clones", equalTo(0)).body("processing_clones", equalTo(0));
    }

    @Test
    void shouldRequireAValidTokenForProfileAndStats() {
        given().get("/api/user/profile").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("Authorization", "Bearer abc").get("/api/user/stats").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("bio", "x")).put("/api/user/profile").then().statusCode(401);
    }
}
