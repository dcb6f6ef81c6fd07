package studio.loqui.support;

import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;

import static io.restassured.config.JsonConfig.jsonConfig;

/** JSON numbers read as doubles, so measured figures compare with {@code closeTo}. */
public final class TestJson {

    private TestJson() {
    }

    public static void useDoubles() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
