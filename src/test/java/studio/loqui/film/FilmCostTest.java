package studio.loqui.film;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestUsers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class FilmCostTest {

    static final Map<String, Object> DEFAULT_CONFIG = Map.of("num_images", 10, "video_duration", 30,
            "include_voice", true, "include_music", true);
    static final Map<String, Object> NEAR_LIMIT_CONFIG = Map.of("num_images", 1, "video_duration", 1900,
            "include_voice", false, "include_music", false);

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldPriceTheSeedExample() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(DEFAULT_CONFIG)
                .post("/api/v1/jobs/estimate-cost").then().statusCode(200)
                .body("estimated_cost", closeTo(2.45, 0.05))
                .body("breakdown.image_generation", closeTo(0.20, 0.001))
                .body("breakdown.video_generation", closeTo(1.50, 0.001))
                .body("breakdown.voice_synthesis", closeTo(0.45, 0.001))
                .body("breakdown.music_synthesis", closeTo(0.30, 0.001))
                .body("breakdown.ffmpeg_processing", closeTo(0.03, 0.001));
    }

    @Test
    void shouldRefuseAJobOverTheJobLimit() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", project, "script", "A calm sea", "config",
                        Map.of("num_images", 10, "video_duration", 3000)))
                .post("/api/v1/jobs/").then().statusCode(400)
                .body("detail", containsString("Job cost limit")).body("detail", containsString("$100.00"));
    }

    @Test
    void shouldRefuseJobsOverTheDailyLimitAndGiveBackWhatCancelledJobsDidNotSpend() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        Map<String, Object> job = Map.of("project_id", project, "script", "A calm sea", "config", NEAR_LIMIT_CONFIG);
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(create(a, job));
            }
            given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(job)
                    .post("/api/v1/jobs/").then().statusCode(400)
                    .body("detail", containsString("Daily cost limit")).body("detail", containsString("$500.00"));
        } finally {
            ids.forEach(id -> FilmJobsResourceTest.cancel(a, id));
        }
        FilmJobsResourceTest.cancel(a, create(a, job));
    }

    @Test
    void shouldEstimateANarratedJobOverTheNarrationWhenItOutlastsTheRequestedDuration() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        Map<String, Object> config = Map.of("num_images", 1, "video_duration", 5, "include_voice", true,
                "include_music", false, "fps", 10, "quality", "low");
        String line = "The old lighthouse keeper climbed the winding stairs every evening to light the lamp";
        String script = String.join("\n", line, line, line);
        double configOnly = given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(config)
                .post("/api/v1/jobs/estimate-cost").then().statusCode(200).extract().<Number>path("estimated_cost")
                .doubleValue();
        Response created = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", project, "script", script, "config", config)).post("/api/v1/jobs/");
        FilmJobsResourceTest.cancel(a, created.then().statusCode(201).extract().<Number>path("id").longValue());
        double withNarration = created.then().extract().<Number>path("estimated_cost").doubleValue();
        // 42 words at 150 a minute and three lines' lead-ins: about 19 s priced instead of 5
        assertTrue(withNarration > 3 * configOnly, withNarration + " vs " + configOnly);
    }

    private static long create(TestUsers.Account a, Map<String, Object> job) {
        return given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(job)
                .post("/api/v1/jobs/").then().statusCode(201).body("estimated_cost", closeTo(96.92, 0.01))
                .extract().<Number>path("id").longValue();
    }

    @Test
    void shouldRefuseAnInvalidConfig() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("num_images", 0, "video_duration", 30)).post("/api/v1/jobs/estimate-cost")
                .then().statusCode(400).body("detail", containsString("num_images"));
    }
}
