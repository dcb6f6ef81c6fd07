package studio.loqui.film;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestUsers;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
@Tag("api")
class ProjectsResourceTest {

    static final Map<String, String> DEFAULT_PROJECT = Map.of("name", "My First Film", "description", "A short film about AI");

    static int createProject(TestUsers.Account account) {
        return given().header("Authorization", account.bearer()).contentType(ContentType.JSON).body(DEFAULT_PROJECT)
                .post("/api/v1/projects/").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldCreateListUpdateAndDeleteAProject() {
        TestUsers.Account a = TestUsers.register();
        int id = createProject(a);
        given().header("Authorization", a.bearer()).get("/api/v1/projects/" + id).then().statusCode(200)
                .body("name", equalTo("My First Film")).body("user_id", equalTo((int) a.id()))
                .body("description", equalTo("A short film about AI"));
        given().header("Authorization", a.bearer()).get("/api/v1/projects/").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(id));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Updated Film Name", "description", "Updated description"))
                .put("/api/v1/projects/" + id).then().statusCode(200).body("name", equalTo("Updated Film Name"));
        given().header("Authorization", a.bearer()).delete("/api/v1/projects/" + id).then().statusCode(204);
        given().header("Authorization", a.bearer()).get("/api/v1/projects/" + id).then().statusCode(404);
    }

    @Test
    void shouldAnswerWithAndWithoutTheTrailingSlash() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(DEFAULT_PROJECT)
                .redirects().follow(false).post("/api/v1/projects").then().statusCode(201).body("id", greaterThan(0));
        given().header("Authorization", a.bearer()).redirects().follow(false).get("/api/v1/projects")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldNotShowAnotherUsersProject() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        int id = createProject(a);
        given().header("Authorization", b.bearer()).get("/api/v1/projects/" + id).then().statusCode(404)
                .body("error", equalTo("not_found"));
        given().header("Authorization", b.bearer()).contentType(ContentType.JSON).body(DEFAULT_PROJECT)
                .put("/api/v1/projects/" + id).then().statusCode(404);
        given().header("Authorization", b.bearer()).delete("/api/v1/projects/" + id).then().statusCode(404);
        given().header("Authorization", b.bearer()).get("/api/v1/projects/").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseAProjectWithoutAName() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("description", "x"))
                .post("/api/v1/projects/").then().statusCode(400).body("detail", containsString("name"));
    }

    @Test
    void shouldRequireAToken() {
        given().get("/api/v1/projects/").then().statusCode(401);
        given().contentType(ContentType.JSON).body(DEFAULT_PROJECT).post("/api/v1/projects/").then().statusCode(401);
    }
}
