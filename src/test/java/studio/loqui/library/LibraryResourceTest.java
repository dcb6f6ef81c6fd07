package studio.loqui.library;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void shouldTrackThePitchOfASampleAndOfWhatWasSpokenFromIt() {
        TestUsers.Account a = TestUsers.register();
        long sample = VoiceFixtures.uploadSample(a, TestMedia.speech());
        long audio = VoiceFixtures.generate(a, sample, "Good morning, and welcome to the studio.");
        assertEquals("completed", VoiceFixtures.awaitGeneration(a, audio));

        for (String item : List.of("sample/" + sample, "generated/" + audio)) {
            Map<String, Object> contour = given().header("Authorization", a.bearer()).get("/api/library/pitch/" + item)
                    .then().statusCode(200).extract().as(Map.class);
            List<Number> f0 = (List<Number>) contour.get("f0_hz");
            double duration = ((Number) contour.get("duration_seconds")).doubleValue();
            double hop = ((Number) contour.get("hop_seconds")).doubleValue();
            double median = ((Number) contour.get("median_hz")).doubleValue();
            long voiced = f0.stream().filter(v -> v.doubleValue() > 0).count();
            assertEquals(duration / hop, f0.size(), duration / hop * 0.05, item + ": one value per hop");
            assertTrue(voiced > f0.size() / 4, item + ": speech is voiced much of the time, " + voiced + " of " + f0.size());
            assertTrue(median > 60 && median < 300, item + ": a speaking voice's median F0, " + median + " Hz");
            assertTrue(f0.stream().mapToDouble(Number::doubleValue).filter(v -> v > 0).max().orElse(0)
                    > f0.stream().mapToDouble(Number::doubleValue).filter(v -> v > 0).min().orElse(0) * 1.2,
                    item + ": the contour moves, as intonation does");
        }
        double sampleMedian = given().header("Authorization", a.bearer()).get("/api/library/pitch/sample/" + sample)
                .then().extract().<Number>path("median_hz").doubleValue();
        assertTrue(sampleMedian < 180, "the reader is a man: median " + sampleMedian + " Hz");
        given().header("Authorization", TestUsers.register().bearer()).get("/api/library/pitch/sample/" + sample)
                .then().statusCode(404);
    }
}
