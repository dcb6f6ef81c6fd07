package studio.loqui.film;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestUsers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@Tag("api")
class FilmJobsResourceTest {

    static final String DEFAULT_SCRIPT = "A beautiful sunrise over mountains\nBirds flying in the sky\nA peaceful lake";

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    /** A film small enough that a job a test does not cancel at once costs the suite little. */
    static final Map<String, Object> SMALL_CONFIG = Map.of("num_images", 1, "video_duration", 2,
            "include_voice", false, "include_music", false, "fps", 5, "quality", "low");

    static Map<String, Object> job(int project, String script) {
        return Map.of("project_id", project, "script", script, "config", FilmCostTest.DEFAULT_CONFIG);
    }

    static long create(TestUsers.Account account, int project) {
        return given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", project, "script", DEFAULT_SCRIPT, "config", SMALL_CONFIG))
                .post("/api/v1/jobs/").then().statusCode(201)
                .extract().<Number>path("id").longValue();
    }

    /** Stops a job a test made but does not need rendered, so it does not hold the film pool. */
    static void cancel(TestUsers.Account account, long id) {
        given().header("Authorization", account.bearer()).post("/api/v1/jobs/" + id + "/cancel");
    }

    @Test
    void shouldCreateAJobWithTheSeedsFields() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        long id = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(job(project, DEFAULT_SCRIPT)).post("/api/v1/jobs/").then().statusCode(201)
                .body("status", equalTo("queued")).body("engine_job_id", notNullValue())
                .body("project_id", equalTo(project)).body("user_id", equalTo((int) a.id()))
                .body("script", equalTo(DEFAULT_SCRIPT)).body("progress", closeTo(0, 0))
                .body("estimated_cost", closeTo(2.48, 0.001)).body("actual_cost", closeTo(0, 0))
                .body("moderation_status", equalTo("approved")).body("moderation_score", closeTo(0, 0))
                .body("created_at", notNullValue()).body("updated_at", notNullValue())
                .extract().<Number>path("id").longValue();
        cancel(a, id);
        given().header("Authorization", a.bearer()).get("/api/v1/jobs").then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void shouldFailModerationOfAViolentScriptSayingWhy() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(job(project, "They kill the villagers\nA massacre at dawn")).post("/api/v1/jobs/")
                .then().statusCode(201).body("status", equalTo("moderation_failed"))
                .body("moderation_status", equalTo("rejected"))
                .body("moderation_score", greaterThanOrEqualTo(0.7))
                .body("moderation_reason", containsString("violence")).body("engine_job_id", nullValue());
    }

    @Test
    void shouldNeverRenderAScriptThatFailedModeration() {
        TestUsers.Account a = TestUsers.register();
        int project = ProjectsResourceTest.createProject(a);
        long id = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(job(project, "Heroin and cocaine\nWe kill them all")).post("/api/v1/jobs/")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id + "/events").then().statusCode(200)
                .body(containsString("\"status\":\"moderation_failed\""));
        given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("moderation_failed")).body("progress", closeTo(0, 0))
                .body("actual_cost", closeTo(0, 0)).body("engine_job_id", nullValue());
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("job_id", id))
                .post("/api/v1/jobs/signed-url").then().statusCode(400);
    }

    @Test
    void shouldNotShowAnotherUsersJob() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        long id = create(a, ProjectsResourceTest.createProject(a));
        given().header("Authorization", b.bearer()).get("/api/v1/jobs/" + id).then().statusCode(404)
                .body("detail", containsString("not found"));
        given().header("Authorization", b.bearer()).get("/api/v1/jobs/" + id + "/events").then().statusCode(404);
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON).body(Map.of("status", "cancelled"))
                .patch("/api/v1/jobs/" + id).then().statusCode(404);
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON).body(Map.of("job_id", id))
                .post("/api/v1/jobs/signed-url").then().statusCode(404);
        given().header("Authorization", b.bearer()).post("/api/v1/jobs/" + id + "/cancel").then().statusCode(404);
        cancel(a, id);
        given().header("Authorization", b.bearer()).get("/api/v1/jobs/").then().body("size()", equalTo(0));
        int project = ProjectsResourceTest.createProject(a);
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON).body(job(project, DEFAULT_SCRIPT))
                .post("/api/v1/jobs/").then().statusCode(404);
    }

    @Test
    void shouldLetAClientOnlyCancel() {
        TestUsers.Account a = TestUsers.register();
        long id = create(a, ProjectsResourceTest.createProject(a));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "completed")).patch("/api/v1/jobs/" + id).then().statusCode(400)
                .body("detail", containsString("set by the server"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "processing", "progress", 50.0)).patch("/api/v1/jobs/" + id).then()
                .statusCode(400).body("detail", containsString("progress"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "cancelled")).patch("/api/v1/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled"));
        given().header("Authorization", a.bearer()).post("/api/v1/jobs/" + id + "/cancel").then().statusCode(400)
                .body("detail", containsString("already cancelled"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("status", "processing")).patch("/api/v1/jobs/" + id).then().statusCode(400)
                .body("detail", containsString("from cancelled to processing"));
    }

    /** The engine job ends behind the film's back (cancelled by the engine's own API); reading never writes. */
    @Test
    void shouldReadTheEnginesOutcomeWithoutWritingTheFilmRow() throws Exception {
        TestUsers.Account a = TestUsers.register();
        long id = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", ProjectsResourceTest.createProject(a), "script", DEFAULT_SCRIPT,
                        "config", Map.of("num_images", 1, "video_duration", 300, "fps", 10, "quality", "low",
                                "include_voice", false, "include_music", false)))
                .post("/api/v1/jobs/").then().statusCode(201).extract().<Number>path("id").longValue();
        String engineJob = given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id).then()
                .statusCode(200).extract().path("engine_job_id");
        given().header("Authorization", a.bearer()).post("/api/v1/process/cancel/" + engineJob).then().statusCode(200);
        for (int i = 0; i < 300 && !"cancelled".equals(given().header("Authorization", a.bearer())
                .get("/api/v1/process/status/" + engineJob).then().extract().path("status")); i++) {
            Thread.sleep(100);
        }
        Map<String, Object> before = row(id);
        given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled"));
        given().header("Authorization", a.bearer()).get("/api/v1/jobs").then().statusCode(200)
                .body("[0].status", equalTo("cancelled"));
        given().header("Authorization", a.bearer()).get("/api/v1/jobs/" + id + "/events").then().statusCode(200)
                .body(containsString("\"status\":\"cancelled\""));
        assertEquals(before, row(id), "the film row is unchanged by reading it");
        assertEquals("queued", before.get("STATUS").toString(), "the row keeps only seed 003's own states");
    }

    private Map<String, Object> row(long id) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM film_jobs WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    row.put(rows.getMetaData().getColumnLabel(c).toUpperCase(java.util.Locale.ROOT), rows.getObject(c));
                }
                return row;
            }
        }
    }

    @Test
    void shouldRequireAToken() {
        given().get("/api/v1/jobs/").then().statusCode(401);
        given().contentType(ContentType.JSON).body(FilmCostTest.DEFAULT_CONFIG).post("/api/v1/jobs/estimate-cost")
                .then().statusCode(401);
        given().get("/api/v1/jobs/1").then().statusCode(401);
        given().get("/api/v1/jobs/1/events").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("job_id", 1)).post("/api/v1/jobs/signed-url").then()
                .statusCode(401);
    }
}
