package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.auth.AuthService;
import studio.loqui.auth.TokenService;
import studio.loqui.auth.User;
import studio.loqui.support.TestMedia;

import jakarta.inject.Inject;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(StrictLimitsProfile.class)
@Tag("api")
class RateLimitTest {

    private static final String OWNER = "192.0.2.10";
    private static final String GUESSER = "203.0.113.66";

    @Inject
    AuthService auth;

    @Inject
    TokenService tokens;

    @Test
    void shouldLimitAuthenticationPerAddress() {
        for (int i = 0; i < StrictLimitsProfile.AUTH; i++) {
            given().contentType(ContentType.JSON).body(Map.of("email", "nobody" + i + "@example.com", "password", "x1234567"))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        assertTooMany(given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody@example.com", "password", "x1234567")).post("/api/auth/login"));
    }

    @Test
    void shouldRefuseAGuesserButLetTheOwnerInFromAnAddressItUsedBefore() {
        User user = auth.register("victim@example.com", "victim", "right-password", null);
        auth.authenticate("victim", "right-password", OWNER);
        for (int i = 0; i < StrictLimitsProfile.FAILED_LOGINS; i++) {
            String guess = "guess" + i;
            assertThrowsStatus(401, () -> auth.authenticate("victim@example.com", guess, GUESSER));
        }
        assertThrowsStatus(429, () -> auth.authenticate("victim", "guess-again", GUESSER));
        assertThrowsStatus(429, () -> auth.authenticate("victim", "right-password", GUESSER));
        assertThrowsStatus(429, () -> auth.authenticate("victim", "right-password", "198.51.100.9"));
        assertEquals(user.id, auth.authenticate("victim", "right-password", OWNER).id, "the owner still gets in");
    }

    @Test
    void shouldRefuseGuessesSpreadOverAddressesFromAnyNewAddress() {
        auth.register("spread@example.com", "spread", "right-password", null);
        auth.authenticate("spread", "right-password", OWNER);
        for (int i = 0; i < StrictLimitsProfile.FAILED_LOGINS; i++) {
            String guess = "guess" + i;
            String address = "203.0.113." + (10 + i);
            assertThrowsStatus(401, () -> auth.authenticate("spread", guess, address));
        }
        assertThrowsStatus(429, () -> auth.authenticate("spread", "guess", "203.0.113.99"));
        auth.authenticate("spread", "right-password", OWNER);
        assertThrowsStatus(401, () -> auth.authenticate("spread", "wrong", OWNER));
    }

    @Test
    void shouldLimitUploadsPerUser() {
        String bearer = bearerFor("uploader");
        for (int i = 0; i < StrictLimitsProfile.UPLOAD; i++) {
            given().header("Authorization", bearer).multiPart("file", TestMedia.speech().toFile(), "audio/wav")
                    .post("/api/storage/upload").then().statusCode(200);
        }
        assertTooMany(given().header("Authorization", bearer)
                .multiPart("file", TestMedia.speech().toFile(), "audio/wav").post("/api/storage/upload"));
    }

    @Test
    void shouldLimitOtherRequestsPerUser() {
        String bearer = bearerFor("browser");
        for (int i = 0; i < StrictLimitsProfile.GENERAL; i++) {
            given().header("Authorization", bearer).get("/api/user/profile").then().statusCode(200);
        }
        assertTooMany(given().header("Authorization", bearer).get("/api/user/profile"));
        String other = bearerFor("neighbour");
        given().header("Authorization", other).get("/api/user/profile").then().statusCode(200);
    }

    /** A preview synthesises in the request, so it spends from the processing bucket, not the general one. */
    @Test
    void shouldCountVoicePreviewsAsProcessing() {
        String bearer = bearerFor("listener");
        String voice = given().header("Authorization", bearer).get("/api/v1/voices/profiles").then().statusCode(200)
                .extract().path("profiles.find { it.language == 'en' }.id");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", bearer).get("/api/v1/voices/preview/" + voice + "?text=Hello there&format=wav")
                    .then().statusCode(200).contentType("audio/wav");
        }
        assertTooMany(given().header("Authorization", bearer)
                .get("/api/v1/voices/preview/" + voice + "?text=Hello there&format=wav"));
        given().header("Authorization", bearer).get("/api/user/profile").then().statusCode(200);
    }

    private String bearerFor(String name) {
        User user = auth.register(name + "@example.com", name, "secret123", null);
        return "Bearer " + tokens.startSession(user).accessToken();
    }

    private static void assertTooMany(Response response) {
        response.then().statusCode(429).body("error", equalTo("rate_limit_exceeded"))
                .body("retry_after", greaterThan(0));
        assertTrue(Long.parseLong(response.header("Retry-After")) > 0);
    }

    private static void assertThrowsStatus(int status, Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            assertEquals(status, e.status(), e.getMessage());
            return;
        }
        throw new AssertionError("expected HTTP " + status);
    }
}
