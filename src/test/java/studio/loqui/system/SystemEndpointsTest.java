package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@Tag("api")
class SystemEndpointsTest {

    @Test
    void shouldReportHealthWithDeviceAndEngines() {
        given().get("/health").then().statusCode(200).body("status", equalTo("healthy"))
                .body("engines.ffmpeg.available", equalTo(true));
        given().get("/api/v1/health").then().statusCode(200).body("status", equalTo("healthy"))
                .body("version", notNullValue()).body("device", anyOf(equalTo("cpu"), equalTo("cuda")));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldDocumentEveryEndpointInOpenApi() {
        given().get("/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/auth/register'", notNullValue())
                .body("paths.'/api/v1/auth/refresh'", notNullValue())
                .body("paths.'/api/storage/download/{filename}'", notNullValue())
                .body("paths.'/api/v1/files/{file_id}'", notNullValue())
                .body("paths.'/api/user/stats'", notNullValue())
                .body("components.securitySchemes", notNullValue());
        given().get("/docs/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/jobs/signed-url'", notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldNamePropertiesInOpenApiAsTheServerReadsThem() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.CloneVoiceRequest.properties.text_content", notNullValue())
                .body("components.schemas.CloneVoiceRequest.properties.target_language", notNullValue())
                .body("components.schemas.CloneVoiceRequest.properties.textContent", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldAnswerAValueOfTheWrongJsonTypeWithTheErrorShape() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("bio", List.of("x")))
                .put("/api/user/profile").then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("validation_error")).body("details.field", equalTo("bio"))
                .body("details.issue", equalTo("must be a string")).body("detail", containsString("bio"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("num_images", "many"))
                .post("/api/v1/jobs/estimate-cost").then().statusCode(400)
                .body("details.field", equalTo("num_images")).body("details.issue", equalTo("must be a number"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body("{\"num_images\": ")
                .post("/api/v1/jobs/estimate-cost").then().statusCode(400)
                .body("error", equalTo("validation_error")).body("details.field", equalTo("request"));
    }

    @Test
    void shouldAnswerAQueryParameterThatIsNotANumberWith400() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/api/samples/?limit=abc").then().statusCode(400)
                .body("error", equalTo("validation_error")).body("detail", notNullValue());
    }

    @Test
    void shouldAnswerUnknownPathsWithTheErrorShape() {
        given().get("/api/nothing-here").then().statusCode(404)
                .body("error", equalTo("not_found")).body("detail", notNullValue()).body("message", notNullValue());
    }

    @Test
    void shouldTreatATrailingSlashAsTheSameEndpoint() {
        given().redirects().follow(false).get("/health/").then().statusCode(200);
        given().redirects().follow(false).get("/api/user/profile/").then().statusCode(401);
    }
}
