package studio.loqui.dubbing.dub;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dubbing from the caller's transcript: its cues (with a word the recogniser mishears put right) become the
 * phrases at their times; a transcript of other words fails the job with the reason; malformed ones are 400.
 */
@QuarkusTest
@Tag("voice")
class DubTranscriptTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final String FIRST = "and mister john dashwood had then leisure to consider how much there might"
            + " be prudently in his power to do for them";
    private static final String SRT = "1\n00:00:01,200 --> 00:00:07,900\n" + FIRST + "\n\n"
            + "2\n00:00:09,500 --> 00:00:14,400\nunless to be rather cold hearted and rather selfish is to be ill"
            + " disposed\n";

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldDubFromTheCallersTranscriptAndRefuseAnotherVideos() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, twoSentences());
        JsonPath result = completed(user, dub(user, videoId, SRT));
        List<Map<String, Object>> phrases = result.getList("phrases");
        System.out.println("Phrases from the transcript: " + phrases);
        assertEquals(2, phrases.size());
        assertEquals(FIRST, phrases.get(0).get("text"));
        assertEquals(1.2, ((Number) phrases.get(0).get("start")).doubleValue(), 1e-9);
        assertEquals(9.5, ((Number) phrases.get(1).get("start")).doubleValue(), 1e-9);
        assertTrue(((String) phrases.get(0).get("translation")).toLowerCase().contains("poder"), phrases.toString());
        String source = given().header("Authorization", user.bearer())
                .get(result.getString("subtitles_url") + "?language=source").then().statusCode(200).extract().asString();
        assertTrue(source.replace('\n', ' ').contains("prudently in his power"), source);

        String other = "1\n00:00:01,000 --> 00:00:07,000\nthe weather in paris is lovely today and the trains"
                + " run on time\n\n2\n00:00:09,000 --> 00:00:14,000\nplease remember to water the plants\n";
        String jobId = dub(user, videoId, other);
        assertEquals("failed", VoiceFixtures.awaitJob(user, jobId));
        given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId).then()
                .body("error", containsString("does not match")).body("result_url", org.hamcrest.Matchers.nullValue());

        post(user, Map.of("video_file_id", videoId, "target_language", "es", "transcript", "hello"))
                .then().statusCode(400).body("details.field", equalTo("transcript"));
        post(user, Map.of("video_file_id", videoId, "target_language", "es",
                "transcript", "1\n00:00:10,000 --> 00:01:40,000\nfar too long\n"))
                .then().statusCode(400).body("detail", containsString("past the video's end"));
    }

    private static java.nio.file.Path twoSentences() {
        int rate = 16000;
        PcmAudio first = DECODER.decode(TestMedia.speech(), rate);
        PcmAudio second = DECODER.decode(TestMedia.shortSpeech(), rate);
        float[] out = new float[16 * rate];
        System.arraycopy(first.samples(), 0, out, rate, first.length());
        int at = rate + first.length() + (int) (1.2 * rate);
        System.arraycopy(second.samples(), 0, out, at, second.length());
        return FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav", WavFiles.encode(new PcmAudio(out, rate))));
    }

    private static String dub(TestUsers.Account user, String videoId, String transcript) {
        return post(user, Map.of("video_file_id", videoId, "source_language", "en", "target_language", "es",
                "quality", "low", "transcript", transcript)).then().statusCode(202).extract().path("job_id");
    }

    private static JsonPath completed(TestUsers.Account user, String jobId) {
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
    }

    private static io.restassured.response.Response post(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/dub");
    }
}
