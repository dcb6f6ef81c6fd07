package studio.loqui.dubbing.transcribe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.jobs.Job;
import studio.loqui.media.asr.SpeechChunks;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("voice")
class TranscribeResourceTest {

    private static final String REFERENCE = "and mister john dashwood had then leisure to consider how much there "
            + "might be prudently in his power to do for them";
    private static final double MAX_WER = 0.15;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldTranscribeRealRecordingWithTimedWords() {
        var user = TestUsers.register();
        String audioId = TestUploads.upload(user, TestMedia.speech());
        String jobId = submit(user, body(audioId, "en", "whisper-large")).then().statusCode(202)
                .body("status", equalTo("pending")).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));

        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).body("result_url", equalTo("/api/v1/process/transcripts/" + jobId))
                .body("result.model", equalTo("vosk-model-small-en-us-0.15"))
                .body("result.requested_model", equalTo("whisper-large")).body("result.language", equalTo("en"))
                .body("result.engine", equalTo("vosk"))
                .extract().jsonPath().setRootPath("result");
        double wer = WordErrorRate.compute(REFERENCE, result.getString("text")).rate();
        System.out.printf("Transcript: '%s' WER %.3f%n", result.getString("text"), wer);
        assertTrue(wer <= MAX_WER, "WER " + wer + " for '" + result.getString("text") + "'");
        assertWordsTimedWithin(result.getList("words"), result.getDouble("duration"));
        assertFalse(result.getList("segments").isEmpty());
    }

    @Test
    void shouldTranscribeLongRecordingInPiecesAndServeItAsJsonVttAndSrt() {
        var user = TestUsers.register();
        String audioId = TestUploads.upload(user, sixReadings());
        String jobId = submit(user, body(audioId, "en-GB", null)).then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        String url = "/api/v1/process/transcripts/" + jobId;

        JsonPath transcript = given().header("Authorization", user.bearer()).get(url).then().statusCode(200)
                .contentType(ContentType.JSON).body("model", equalTo("vosk-model-small-en-us-0.15")).body("language", equalTo("en-gb"))
                .extract().jsonPath();
        double duration = transcript.getDouble("duration");
        List<Map<String, Object>> words = transcript.getList("words");
        double lastEnd = ((Number) words.get(words.size() - 1).get("end")).doubleValue();
        System.out.printf("Long recording: %.1f s, %d words, last ends at %.2f s%n", duration, words.size(), lastEnd);
        assertTrue(duration > SpeechChunks.MAX_SECONDS, "needs more than one piece: " + duration);
        assertTrue(lastEnd > SpeechChunks.MAX_SECONDS, "words of the second piece are placed after the first");
        assertWordsTimedWithin(words, duration);
        given().header("Authorization", user.bearer()).get(url + "?format=vtt").then().statusCode(200)
                .contentType(containsString("text/vtt")).body(startsWith("WEBVTT\n\n00:00:"));
        given().header("Authorization", user.bearer()).get(url + "?format=srt").then().statusCode(200)
                .body(startsWith("1\n00:00:")).body(containsString("\n2\n00:00:"));
        given().header("Authorization", user.bearer()).get(url + "?format=doc").then().statusCode(400)
                .body("details.field", equalTo("format"));
        given().header("Authorization", TestUsers.register().bearer()).get(url).then().statusCode(404);
        given().get(url).then().statusCode(401);
    }

    @Test
    void shouldRefuseBadInputWithoutCreatingJob() {
        var user = TestUsers.register();
        var other = TestUsers.register();
        String audioId = TestUploads.upload(user, TestMedia.shortSpeech());
        String othersAudio = TestUploads.upload(other, TestMedia.shortSpeech());
        String imageId = TestUploads.upload(user, TestMedia.portrait());

        submit(user, body(audioId, "xx", null)).then().statusCode(400)
                .body("details.field", equalTo("source_language")).body("message", containsString("supported: en"));
        submit(user, body(null, "en", null)).then().statusCode(400).body("details.field", equalTo("audio_file_id"));
        submit(user, body(UUID.randomUUID().toString(), "en", null)).then().statusCode(404)
                .body("error", equalTo("not_found"));
        submit(user, body(othersAudio, "en", null)).then().statusCode(404).body("error", equalTo("not_found"));
        submit(user, body(audioId, "en", "m".repeat(101))).then().statusCode(400)
                .body("details.field", equalTo("model"));
        submit(user, body(imageId, "en", null)).then().statusCode(400).body("details.field", equalTo("audio_file_id"));
        given().contentType(ContentType.JSON).body(body(audioId, "en", null)).post("/api/v1/process/transcribe")
                .then().statusCode(401);

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Job.count("ownerId", user.id())));
    }

    /** About 37 s: the two recordings, three times over. */
    private static Path sixReadings() {
        String a = TestMedia.speech().toString();
        String b = TestMedia.shortSpeech().toString();
        return FFmpegTool.run(".wav", "-i", a, "-i", b, "-i", a, "-i", b, "-i", a, "-i", b,
                "-filter_complex", "concat=n=6:v=0:a=1");
    }

    private static void assertWordsTimedWithin(List<Map<String, Object>> words, double duration) {
        assertTrue(words.size() >= 10, "words: " + words);
        double previousStart = -1;
        for (Map<String, Object> word : words) {
            double start = ((Number) word.get("start")).doubleValue();
            double end = ((Number) word.get("end")).doubleValue();
            assertTrue(start > previousStart && start <= end && end <= duration + 0.05, "word times: " + words);
            previousStart = start;
        }
    }

    private static Map<String, Object> body(String audioId, String language, String model) {
        Map<String, Object> body = new HashMap<>();
        body.put("audio_file_id", audioId);
        body.put("source_language", language);
        body.put("model", model);
        return body;
    }

    private static io.restassured.response.Response submit(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/transcribe");
    }
}
