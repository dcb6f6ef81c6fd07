package studio.loqui.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiKeysResourceTest {

    @Test
    void shouldShowAKeyOnceAndListItByPrefixAndLastUse() {
        TestUsers.Account a = TestUsers.register();
        Map<String, Object> created = create(a, "ci script");
        String key = (String) created.get("key");
        assertTrue(key.startsWith("lq_") && key.length() >= 46, key);
        assertEquals(key.substring(0, 11), created.get("prefix"));
        String listed = given().header("Authorization", a.bearer()).get("/api/v1/auth/api-keys")
                .then().statusCode(200)
                .body("api_keys.name", hasItem("ci script"))
                .body("api_keys[0].prefix", equalTo(created.get("prefix")))
                .body("api_keys[0].last_used_at", nullValue())
                .body("api_keys[0].key", nullValue())
                .extract().asString();
        assertFalse(listed.contains(key.substring(11)), "the secret part is never shown again");
        given().header("X-API-Key", key).get("/api/auth/me").then().statusCode(200);
        given().header("Authorization", a.bearer()).get("/api/v1/auth/api-keys").then().statusCode(200)
                .body("api_keys[0].last_used_at", notNullValue());
    }

    @Test
    void shouldAcceptAKeyAsBearerOrXApiKeyOnEveryFamily() {
        TestUsers.Account a = TestUsers.register();
        String key = (String) create(a, null).get("key");
        for (String path : List.of("/api/auth/me", "/api/v1/auth/me", "/api/user/profile", "/api/v1/voices/profiles",
                "/api/library/all?skip=0&limit=10", "/api/v1/projects", "/v1/models", "/api/storage/files",
                "/api/v1/process/status/nope")) {
            int expected = path.contains("nope") ? 404 : 200;
            given().header("Authorization", "Bearer " + key).redirects().follow(false).get(path)
                    .then().statusCode(expected);
            given().header("X-API-Key", key).redirects().follow(false).get(path).then().statusCode(expected);
        }
        given().header("X-API-Key", key).get("/api/auth/me").then().body("id", equalTo((int) a.id()));
    }

    @Test
    void shouldRefuseARevokedKeyOnTheNextRequest() {
        TestUsers.Account a = TestUsers.register();
        Map<String, Object> created = create(a, "to revoke");
        String key = (String) created.get("key");
        given().header("Authorization", "Bearer " + key).get("/api/v1/voices/profiles").then().statusCode(200);
        given().header("Authorization", a.bearer()).delete("/api/v1/auth/api-keys/" + created.get("id"))
                .then().statusCode(204);
        given().header("Authorization", "Bearer " + key).get("/api/v1/voices/profiles").then().statusCode(401)
                .body("error", equalTo("unauthorized"));
        given().header("X-API-Key", key).get("/v1/models").then().statusCode(401)
                .body("error.code", equalTo("invalid_api_key"));
        given().header("Authorization", a.bearer()).get("/api/v1/auth/api-keys").then().statusCode(200)
                .body("api_keys.id", not(hasItem(created.get("id"))));
    }

    @Test
    void shouldNotLetAKeyMakeKeysNorAnotherUserRevokeThem() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        Map<String, Object> created = create(a, "mine");
        String key = (String) created.get("key");
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("name", "child"))
                .post("/api/v1/auth/api-keys").then().statusCode(403);
        given().header("Authorization", b.bearer()).delete("/api/v1/auth/api-keys/" + created.get("id"))
                .then().statusCode(404);
        given().header("X-API-Key", key).get("/api/auth/me").then().statusCode(200);
        given().header("X-API-Key", key).delete("/api/auth/logout").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("revoke the key"));
        given().header("X-API-Key", key).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUnknownKeyAndLeaveOtherHeadersAlone() {
        given().header("Authorization", "Bearer lq_" + "A".repeat(43)).get("/api/auth/me").then().statusCode(401);
        given().header("X-API-Key", "lq_nothing").get("/api/auth/me").then().statusCode(401);
        given().header("X-API-Key", "not-one-of-ours").get("/api/auth/me").then().statusCode(401);
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).header("X-API-Key", "seed-004-server-key").get("/api/auth/me")
                .then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> create(TestUsers.Account a, String name) {
        var request = given().header("Authorization", a.bearer());
        if (name != null) {
            request = request.contentType(ContentType.JSON).body(Map.of("name", name));
        }
        return request.post("/api/v1/auth/api-keys").then().statusCode(201)
                .body("key", startsWith("lq_")).extract().as(Map.class);
    }
}
