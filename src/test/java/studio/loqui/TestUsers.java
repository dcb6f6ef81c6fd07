package studio.loqui;

import io.restassured.http.ContentType;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Registers throwaway accounts through the API and hands back their tokens. */
public final class TestUsers {

    public record Account(long id, String token) {
    }

    private TestUsers() {
    }

    public static Account register() {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("email", name + "@example.com", "username", name, "password", "secret123"))
                .post("/api/v1/auth/register")
                .then().statusCode(201).extract();
        return new Account(response.jsonPath().getLong("id"), response.jsonPath().getString("access_token"));
    }
}
