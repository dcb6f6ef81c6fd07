package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.auth.AuthService;
import studio.loqui.auth.TokenService;
import studio.loqui.auth.User;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(StrictLimitsProfile.class)
@Tag("api")
class RateLimitMetricsTest {

    private static final String REFUSED = "loqui_rate_limit_refusals_total{bucket=\"general\"}";

    @Inject
    AuthService auth;

    @Inject
    TokenService tokens;

    @Test
    void shouldCountRefusalsAndAnswerThemInOpenAisShapeOnItsPaths() {
        User user = auth.register("metered@example.com", "metered", "secret123", null);
        String bearer = "Bearer " + tokens.startSession(user).accessToken();
        double before = refusals();
        for (int i = 0; i < StrictLimitsProfile.GENERAL; i++) {
            given().header("Authorization", bearer).get("/v1/models").then().statusCode(200);
        }
        given().header("Authorization", bearer).get("/v1/models").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("error.type", equalTo("rate_limit_error")).body("error.code", equalTo("rate_limit_exceeded"));
        assertEquals(before + 1, refusals(), 1e-9);
    }

    private static double refusals() {
        String exposition = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(REFUSED) + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(exposition);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
