package studio.loqui.film;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestUsers;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storyboard preview: one picture per scene, each different, showing what its line names, free. */
@QuarkusTest
@Tag("api")
class FilmStoryboardTest {

    static final String SCRIPT = "A beautiful sunrise over the mountains\nA dog runs along the beach\n"
            + "Rain falls on the busy city street\nThe moon rises over the quiet forest";

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldShowOnePictureOfEachSceneWithItsDrawingsAndTimingsAtNoCost() throws Exception {
        TestUsers.Account a = TestUsers.register();
        JsonPath board = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("script", SCRIPT, "config", Map.of("video_duration", 20, "genre", "jazz", "mood", "happy")))
                .post("/api/v1/jobs/storyboard").then().statusCode(200).extract().jsonPath();
        assertEquals(0.0, board.getDouble("cost"), "a storyboard is free");
        assertTrue(board.getDouble("estimated_cost") > 0, "it tells what the render would cost");
        assertTrue(board.getString("music").contains("jazz") && board.getString("music").contains("major"),
                board.getString("music"));
        List<Map<String, Object>> scenes = board.getList("scenes");
        assertEquals(4, scenes.size(), "one scene per line");
        assertEquals(20.0, board.getDouble("duration"), 1e-6);

        List<BufferedImage> pictures = new ArrayList<>();
        double end = 0;
        for (int i = 0; i < scenes.size(); i++) {
            Map<String, Object> scene = scenes.get(i);
            assertEquals(SCRIPT.split("\n")[i], scene.get("line"));
            assertEquals(end, ((Number) scene.get("start")).doubleValue(), 1e-3, "scenes follow each other");
            end = ((Number) scene.get("end")).doubleValue();
            double voice = ((Number) scene.get("voice_start")).doubleValue();
            assertTrue(voice > ((Number) scene.get("start")).doubleValue() && voice < end, "spoken within its scene");
            String image = (String) scene.get("image");
            assertTrue(image.startsWith("data:image/png;base64,"), image.substring(0, 30));
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1))));
            assertEquals(640, picture.getWidth());
            assertEquals(360, picture.getHeight());
            pictures.add(picture);
        }
        assertEquals(20.0, end, 1e-3, "the scenes cover the film");
        assertTrue(illustrations(scenes.get(0)).contains("sun"), "a sunrise shows a sun: " + scenes.get(0));
        assertTrue(illustrations(scenes.get(1)).contains("dog"), "the dog is drawn: " + illustrations(scenes.get(1)));
        assertEquals("dawn", ((Map<?, ?>) scenes.get(0).get("backdrop")).get("time_of_day"));
        assertEquals("rain", ((Map<?, ?>) scenes.get(2).get("backdrop")).get("weather"));
        assertEquals("night", ((Map<?, ?>) scenes.get(3).get("backdrop")).get("time_of_day"));
        for (int i = 0; i < pictures.size(); i++) {
            for (int j = i + 1; j < pictures.size(); j++) {
                double differ = differing(pictures.get(i), pictures.get(j));
                assertTrue(differ > 0.2, "scenes " + i + " and " + j + " differ in " + differ + " of their pixels");
            }
        }
        given().header("Authorization", a.bearer()).get("/api/v1/jobs/").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void shouldRefuseAScriptThatFailsModerationOrIsMissing() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("script", "They kill the villagers\nA massacre at dawn"))
                .post("/api/v1/jobs/storyboard").then().statusCode(400).body("detail", containsString("violence"));
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("config", Map.of()))
                .post("/api/v1/jobs/storyboard").then().statusCode(400).body("detail", containsString("script"));
        given().contentType(ContentType.JSON).body(Map.of("script", SCRIPT)).post("/api/v1/jobs/storyboard")
                .then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static List<String> illustrations(Map<String, Object> scene) {
        return (List<String>) scene.get("illustrations");
    }

    /** The share of pixels whose colour differs by more than 24 in some channel. */
    private static double differing(BufferedImage a, BufferedImage b) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 255) - (q >> shift & 255)) > 24) {
                        differ++;
                        break;
                    }
                }
            }
        }
        return differ / (double) (a.getWidth() * a.getHeight());
    }
}
