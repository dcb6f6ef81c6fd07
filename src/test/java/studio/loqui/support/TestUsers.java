package studio.loqui.support;

import io.restassured.http.ContentType;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Registers throwaway users through the API. */
public final class TestUsers {

    public static final String DEFAULT_PASSWORD = "secret123";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestUsers() {
    }

    public record Account(String username, String email, String password, String accessToken, String refreshToken,
                          long id) {
        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    public static Account register() {
        String name = "u" + System.nanoTime() % 1_000_000_000L + "_" + COUNTER.incrementAndGet();
        return register(name, name + "@example.com");
    }

    public static Account register(String username, String email) {
        Map<String, Object> body = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", email, "password", DEFAULT_PASSWORD))
                .post("/api/auth/register")
                .then().statusCode(201)
                .extract().as(Map.class);
        return new Account(username, email, DEFAULT_PASSWORD, (String) body.get("access_token"),
                (String) body.get("refresh_token"), ((Number) body.get("id")).longValue());
    }
}
