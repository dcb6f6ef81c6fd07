package studio.loqui.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@Tag("api")
class AuthResourceTest {

    @Inject
    JwtKeys keys;

    @Test
    void shouldRegisterWithTheUnionOfEverySeedsFields() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "alice1", "email", "alice1@example.com", "password", "test123",
                        "full_name", "Alice A"))
                .post("/api/auth/register")
                .then().statusCode(201)
                .body("id", greaterThan(0))
                .body("user_id", greaterThan(0))
                .body("email", equalTo("alice1@example.com"))
                .body("username", equalTo("alice1"))
                .body("full_name", equalTo("Alice A"))
                .body("is_active", equalTo(true))
                .body("created_at", notNullValue())
                .body("token", notNullValue())
                .body("access_token", notNullValue())
                .body("refresh_token", notNullValue())
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(3600))
                .body("expires_at", notNullValue())
                .body("user.email", equalTo("alice1@example.com"));
    }

    @Test
    void shouldRefuseDuplicateEmailAndUsernameSayingWhich() {
        TestUsers.Account a = TestUsers.register();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "other" + a.username(), "email", a.email(), "password", "secret123"))
                .post("/api/v1/auth/register")
                .then().statusCode(400).body("detail", containsString("Email already registered"))
                .body("error", equalTo("validation_error"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", a.username(), "email", "x" + a.email(), "password", "secret123"))
                .post("/api/auth/register")
                .then().statusCode(400).body("message", containsString("Username already taken"));
    }

    @Test
    void shouldRejectBadRegistrationInput() {
        given().contentType(ContentType.JSON).body(Map.of("username", "bob", "email", "not-an-email", "password", "secret123"))
                .post("/api/auth/register").then().statusCode(400).body("details.field", equalTo("email"));
        given().contentType(ContentType.JSON).body(Map.of("username", "bob", "email", "bob@example.com", "password", "123"))
                .post("/api/auth/register").then().statusCode(400).body("details.field", equalTo("password"));
        given().contentType(ContentType.JSON).body(Map.of("username", "../bob", "email", "bob2@example.com", "password", "secret123"))
                .post("/api/auth/register").then().statusCode(400).body("details.field", equalTo("username"));
        given().contentType(ContentType.JSON).body("{not json")
                .post("/api/auth/register").then().statusCode(400).body("error", equalTo("validation_error"));
        given().contentType(ContentType.JSON).body(Map.of("email", "c@example.com"))
                .post("/api/auth/register").then().statusCode(400);
    }

    @Test
    void shouldLogInAcrossPrefixesWithJsonEmailJsonUsernameAndForm() {
        TestUsers.Account a = TestUsers.register();
        given().contentType(ContentType.JSON).body(Map.of("email", a.email(), "password", a.password()))
                .post("/api/v1/auth/login").then().statusCode(200)
                .body("access_token", notNullValue()).body("refresh_token", notNullValue())
                .body("token_type", equalTo("bearer")).body("user.username", equalTo(a.username()));
        given().contentType(ContentType.JSON).body(Map.of("username", a.username(), "password", a.password()))
                .post("/api/auth/login").then().statusCode(200).body("token", notNullValue());
        given().contentType(ContentType.URLENC).formParam("username", a.username()).formParam("password", a.password())
                .post("/api/auth/login").then().statusCode(200).body("access_token", notNullValue());
        given().contentType(ContentType.URLENC).formParam("username", a.email()).formParam("password", a.password())
                .post("/api/auth/login").then().statusCode(200);
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownAccount() {
        TestUsers.Account a = TestUsers.register();
        given().contentType(ContentType.JSON).body(Map.of("email", a.email(), "password", "wrong-password"))
                .post("/api/auth/login").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody@example.com", "password", "whatever1"))
                .post("/api/auth/login").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", a.email()))
                .post("/api/auth/login").then().statusCode(400);
    }

    @Test
    void shouldReturnTheCallerFromMe() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/api/auth/me")
                .then().statusCode(200).body("user_id", equalTo((int) a.id())).body("username", equalTo(a.username()))
                .body("is_active", equalTo(true));
    }

    @Test
    void shouldRefuseMissingExpiredForgedAndRefreshTokensAsAccessTokens() throws Exception {
        TestUsers.Account a = TestUsers.register();
        given().get("/api/auth/me").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("Authorization", "Bearer not.a.jwt").get("/api/auth/me").then().statusCode(401);
        String expired = Jwt.claims().subject(String.valueOf(a.id())).groups(Set.of("user"))
                .issuer("loqui-studio").claim("token_use", "access").claim("sid", "x")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().sign(keys.privateKey());
        given().header("Authorization", "Bearer " + expired).get("/api/auth/me").then().statusCode(401);
        var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        String forged = Jwt.claims().subject(String.valueOf(a.id())).groups(Set.of("user"))
                .issuer("loqui-studio").claim("token_use", "access").claim("sid", "x")
                .expiresAt(Instant.now().plusSeconds(600)).jws().sign(otherKey);
        given().header("Authorization", "Bearer " + forged).get("/api/auth/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + a.refreshToken()).get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void shouldRotateRefreshTokensAndRevokeTheFamilyOnReuse() {
        TestUsers.Account a = TestUsers.register();
        String second = given().header("Authorization", "Bearer " + a.refreshToken())
                .post("/api/v1/auth/refresh").then().statusCode(200)
                .body("access_token", notNullValue()).extract().path("refresh_token");
        assertNotEquals(a.refreshToken(), second);
        Map<String, Object> third = given().contentType(ContentType.JSON).body(Map.of("refresh_token", second))
                .post("/api/v1/auth/refresh").then().statusCode(200).extract().as(Map.class);
        given().header("Authorization", "Bearer " + third.get("access_token")).get("/api/auth/me").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("refresh_token", second))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", third.get("refresh_token")))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().header("Authorization", "Bearer " + third.get("access_token")).get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseARefreshWithoutTokenOrWithAnAccessToken() {
        TestUsers.Account a = TestUsers.register();
        given().post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", a.accessToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void shouldEndTheSessionAtOnceOnLogout() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).delete("/api/v1/auth/logout").then().statusCode(200);
        given().header("Authorization", a.bearer()).get("/api/user/profile").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", a.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().delete("/api/v1/auth/logout").then().statusCode(401);
    }
}
