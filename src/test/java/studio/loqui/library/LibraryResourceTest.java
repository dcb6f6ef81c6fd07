package studio.loqui.library;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Files;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@Tag("voice")
class LibraryResourceTest {

    @Test
    void shouldShowSamplesAndGenerationsTogetherAndApart() throws Exception {
        TestUsers.Account a = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.speech());
        long audio = VoiceFixtures.generate(a, sample, "Hello from the library.");
        VoiceFixtures.awaitGeneration(a, audio);

        given().header("Authorization", a.bearer()).get("/api/library/all?skip=0&limit=100").then().statusCode(200)
                .body("total", equalTo(2)).body("samples_count", equalTo(1)).body("generated_count", equalTo(1))
                .body("items.item_type", hasItems("sample", "generated"));
        given().header("Authorization", a.bearer()).get("/api/library/samples").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) sample));
        given().header("Authorization", a.bearer()).get("/api/library/generated").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("completed"));

        byte[] original = given().header("Authorization", a.bearer()).get("/api/library/download/sample/" + sample)
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(TestMedia.speech()), original);
        given().header("Authorization", a.bearer()).header("Range", "bytes=0-3")
                .get("/api/library/download/generated/" + audio).then().statusCode(206);

        given().header("Authorization", a.bearer()).delete("/api/library/generated/" + audio).then().statusCode(200)
                .body("message", equalTo("Item deleted successfully"));
        given().header("Authorization", a.bearer()).delete("/api/library/sample/" + sample).then().statusCode(200);
        given().header("Authorization", a.bearer()).get("/api/library/all").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseUnknownTypesOtherUsersItemsAndMissingTokens() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.shortSpeech());
        given().header("Authorization", a.bearer()).get("/api/library/download/secret/" + sample).then().statusCode(404);
        given().header("Authorization", a.bearer()).urlEncodingEnabled(false)
                .get("/api/library/download/..%2F..%2Fetc/" + sample).then().statusCode(404);
        given().header("Authorization", b.bearer()).get("/api/library/download/sample/" + sample).then().statusCode(404);
        given().header("Authorization", b.bearer()).delete("/api/library/sample/" + sample).then().statusCode(404);
        given().header("Authorization", a.bearer()).get("/api/library/all?limit=0").then().statusCode(400);
        given().get("/api/library/all").then().statusCode(401);
    }

    @Test
    void shouldRenameSamplesAndGenerationsForTheirOwnerOnly() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.shortSpeech());
        long audio = VoiceFixtures.generate(a, sample, "A name for this.");

        given().header("Authorization", a.bearer()).contentType("application/json").body("{\"name\":\"  Take two  \"}")
                .patch("/api/library/sample/" + sample).then().statusCode(200)
                .body("name", equalTo("Take two")).body("item_type", equalTo("sample"));
        given().header("Authorization", a.bearer()).contentType("application/json").body("{\"name\":\"Chapter one\"}")
                .patch("/api/library/generated/" + audio).then().statusCode(200).body("name", equalTo("Chapter one"));
        given().header("Authorization", a.bearer()).get("/api/samples/" + sample).then().body("sample_name", equalTo("Take two"));
        given().header("Authorization", a.bearer()).get("/api/library/generated").then()
                .body("items[0].name", equalTo("Chapter one"));

        given().header("Authorization", b.bearer()).contentType("application/json").body("{\"name\":\"Mine\"}")
                .patch("/api/library/sample/" + sample).then().statusCode(404);
        given().header("Authorization", a.bearer()).contentType("application/json").body("{\"name\":\"  \"}")
                .patch("/api/library/sample/" + sample).then().statusCode(400);
        given().header("Authorization", a.bearer()).contentType("application/json").body("{\"name\":\"" + "x".repeat(201) + "\"}")
                .patch("/api/library/sample/" + sample).then().statusCode(400);
        given().header("Authorization", a.bearer()).contentType("application/json")
                .patch("/api/library/sample/" + sample).then().statusCode(400);
        given().header("Authorization", a.bearer()).get("/api/samples/" + sample).then().body("sample_name", equalTo("Take two"));
        VoiceFixtures.awaitGeneration(a, audio);
    }
}
