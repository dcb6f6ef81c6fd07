package studio.loqui.dubbing.translate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code GET /api/v1/languages} marks the pairs translated through Spanish ({@code via: es}) and not the direct
 * ones, and the translate operation (which dubbing uses) translates through Spanish where no direct pair exists.
 */
@QuarkusTest
@Tag("api")
class TranslationPairsResourceTest {

    @Test
    void shouldMarkAndTranslatePairsThroughSpanish() {
        given().get("/api/v1/languages").then().statusCode(200)
                .body("translation", hasItem("en-es"))
                .body("translation_pairs.'en-es'.via", nullValue())
                .body("translation_pairs.'en-es'.engine", equalTo("apertium"));
        assumeTrue(Files.exists(Path.of("/usr/share/apertium/modes/es-pt.mode")), "apertium-es-pt is not installed");
        given().get("/api/v1/languages").then().statusCode(200)
                .body("translation", hasItem("en-pt"))
                .body("translation_pairs.'en-pt'.via", equalTo("es"))
                .body("translation_pairs.'en-pt'.source", equalTo("en"))
                .body("translation_pairs.'en-pt'.target", equalTo("pt"));
        var user = TestUsers.register();
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", "The house is small.", "source_language", "en", "target_language", "pt"))
                .post("/api/v1/process/translate").then().statusCode(200)
                .body("translated_text", containsString("casa é pequena"));
    }
}
