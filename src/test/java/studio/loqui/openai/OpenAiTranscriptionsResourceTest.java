package studio.loqui.openai;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("dubbing")
class OpenAiTranscriptionsResourceTest {

    private static final String SAID = "and mister john dashwood had then leisure to consider how much there might be "
            + "prudently in his power to do for them";

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldTranscribeTheReaderInJsonAndText() {
        TestUsers.Account a = TestUsers.register();
        String json = upload(a).multiPart("response_format", "json").post("/v1/audio/transcriptions")
                .then().statusCode(200).contentType("application/json").extract().path("text");
        assertTrue(WordErrorRate.compute(SAID, json).rate() <= 0.2, json);
        String text = upload(a).multiPart("response_format", "text").post("/v1/audio/transcriptions")
                .then().statusCode(200).contentType("text/plain").extract().asString();
        assertEquals(json + "\n", text);
    }

    @Test
    void shouldGiveWordsAndSegmentsInVerboseJsonAsAsked() {
        TestUsers.Account a = TestUsers.register();
        JsonPath both = upload(a).multiPart("response_format", "verbose_json")
                .multiPart("timestamp_granularities[]", "word").multiPart("timestamp_granularities[]", "segment")
                .post("/v1/audio/transcriptions").then().statusCode(200)
                .body("task", equalTo("transcribe")).body("language", equalTo("english"))
                .extract().jsonPath();
        assertEquals(7.1, both.getDouble("duration"), 0.1);
        List<Float> starts = both.getList("words.start", Float.class);
        assertTrue(starts.size() >= 18, "words: " + starts.size());
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) >= starts.get(i - 1), "words in order");
        }
        float lastEnd = both.getList("words.end", Float.class).get(starts.size() - 1);
        assertTrue(lastEnd > 5.5 && lastEnd <= 7.2, "the last word ends near the end: " + lastEnd);
        assertEquals(both.getString("text"), String.join(" ", both.getList("segments.text", String.class)));
        upload(a).multiPart("response_format", "verbose_json").post("/v1/audio/transcriptions").then()
                .statusCode(200).body("words", nullValue()).body("segments[0].id", equalTo(0));
    }

    @Test
    void shouldWriteSubtitles() {
        TestUsers.Account a = TestUsers.register();
        String srt = upload(a).multiPart("response_format", "srt").post("/v1/audio/transcriptions")
                .then().statusCode(200).extract().asString();
        assertTrue(srt.startsWith("1\n00:00:0"), srt);
        assertTrue(srt.contains(" --> "), srt);
        String vtt = upload(a).multiPart("response_format", "vtt").post("/v1/audio/transcriptions")
                .then().statusCode(200).contentType("text/vtt").extract().asString();
        assertTrue(vtt.startsWith("WEBVTT\n\n00:00:0"), vtt);
    }

    @Test
    void shouldRefuseWhatItCannotTranscribeInOpenAisShape() {
        TestUsers.Account a = TestUsers.register();
        upload(a).multiPart("language", "xx").post("/v1/audio/transcriptions").then().statusCode(400)
                .body("error.param", equalTo("language"));
        upload(a).multiPart("response_format", "docx").post("/v1/audio/transcriptions").then().statusCode(400)
                .body("error.param", equalTo("response_format"));
        given().header("Authorization", a.bearer()).multiPart("model", "whisper-1")
                .post("/v1/audio/transcriptions").then().statusCode(400).body("error.param", equalTo("file"));
        given().header("Authorization", a.bearer()).multiPart("file", "notes.txt", "just text".getBytes())
                .post("/v1/audio/transcriptions").then().statusCode(400)
                .body("error.type", equalTo("invalid_request_error"));
    }

    private static RequestSpecification upload(TestUsers.Account a) {
        return given().header("Authorization", a.bearer())
                .multiPart("file", TestMedia.speech().toFile(), "audio/wav").multiPart("model", "whisper-1");
    }
}
