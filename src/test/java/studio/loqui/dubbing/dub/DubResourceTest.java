package studio.loqui.dubbing.dub;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.YinPitchTracker;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/process/dub} and {@code /translate} on a video of a real English reader: the dubbed
 * video is at least as long, speaks (what English recognition hears is no longer the original), and keeps
 * the reader's pitch; the phrases come back with their Spanish translations.
 */
@QuarkusTest
@Tag("voice")
class DubResourceTest {

    private static final Set<String> SPANISH_WORDS = Set.of("y", "de", "el", "la", "que", "para", "en", "su", "lo", "a");
    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldDubAnEnglishVideoIntoSpanishInTheSpeakersVoice() throws Exception {
        var user = TestUsers.register();
        Path video = FFmpegTool.videoWithSpeech(TestMedia.speech());
        String videoId = TestUploads.upload(user, video);
        String jobId = dub(user, Map.of("video_file_id", videoId, "source_language", "en", "target_language", "es",
                "quality", "low")).then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));

        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        List<Map<String, Object>> phrases = result.getList("phrases");
        String translation = String.join(" ", phrases.stream().map(p -> (String) p.get("translation")).toList());
        System.out.println("Dubbed phrases: " + phrases);
        assertTrue(List.of(translation.toLowerCase().split("\\W+")).stream().anyMatch(SPANISH_WORDS::contains),
                "not Spanish: " + translation);

        Path dubbed = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer())
                .get(result.getString("result_url")).then().statusCode(200).extract().asByteArray());
        PcmAudio original = DECODER.decode(TestMedia.speech(), 16000);
        PcmAudio sound = DECODER.decode(dubbed, 16000);
        assertTrue(sound.durationSeconds() >= original.durationSeconds() - 0.1, sound.durationSeconds() + " s");
        // phrases that translate long are spoken faster to keep to the picture (it was 9.1 s before they were)
        assertTrue(sound.durationSeconds() <= 1.2 * original.durationSeconds(), sound.durationSeconds() + " s");
        double heardWer = WordErrorRate.compute(studio.loqui.media.TestMedia.TEXT_0870,
                studio.loqui.media.TestMedia.RECOGNIZER.recognize(sound, "en").text()).rate();
        assertTrue(heardWer > 0.6, "the dubbed sound still sounds like the English original: WER " + heardWer);
        double pitchGap = PitchTrack.semitones(YinPitchTracker.forSpeech().track(sound).medianHz())
                - PitchTrack.semitones(YinPitchTracker.forSpeech().track(original).medianHz());
        System.out.printf("Dub: %.2f s -> %.2f s, English WER on the dub %.2f, pitch %+.2f st from the reader%n",
                original.durationSeconds(), sound.durationSeconds(), heardWer, pitchGap);
        assertEquals(0, pitchGap, 2.0, "the dub should keep the reader's pitch");
    }

    @Test
    void shouldDubInAVoiceOfTheCallersAndRefuseStockVoicesAndOthersVoices() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech()));
        String profile = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "audio_sample_id", TestUploads.upload(user, TestMedia.speech()),
                        "language", "en"))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
        String jobId = dub(user, Map.of("video_file_id", videoId, "target_language", "es", "voice_profile_id", profile,
                "quality", "low")).then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId).then()
                .body("result.voice", equalTo("voice_profile")).body("result.phrases.size()", org.hamcrest.Matchers.greaterThan(0));

        String stock = given().header("Authorization", user.bearer()).get("/api/v1/voices/profiles?language=es")
                .then().statusCode(200).extract().path("profiles.find { it.origin == 'stock' }.id");
        dub(user, Map.of("video_file_id", videoId, "target_language", "es", "voice_profile_id", stock))
                .then().statusCode(400).body("details.field", equalTo("voice_profile_id"));
        var other = TestUsers.register();
        dub(other, Map.of("video_file_id", TestUploads.upload(other, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech())),
                "target_language", "es", "voice_profile_id", profile)).then().statusCode(404);
    }

    @Test
    void shouldRefuseWhatCannotBeDubbed() {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, FFmpegTool.videoWithSpeech(TestMedia.speech()));
        dub(user, Map.of("video_file_id", videoId)).then().statusCode(400)
                .body("details.field", equalTo("target_language"));
        dub(user, Map.of("video_file_id", videoId, "target_language", "tlh")).then().statusCode(400)
                .body("detail", containsString("tlh"));
        dub(user, Map.of("video_file_id", videoId, "source_language", "xx", "target_language", "es"))
                .then().statusCode(400).body("details.field", equalTo("source_language"));
        String audioId = TestUploads.upload(user, TestMedia.speech());
        dub(user, Map.of("video_file_id", audioId, "target_language", "es")).then().statusCode(400);
        dub(TestUsers.register(), Map.of("video_file_id", videoId, "target_language", "es")).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("video_file_id", videoId, "target_language", "es"))
                .post("/api/v1/process/dub").then().statusCode(401);
    }

    @Test
    void shouldTranslateText() {
        var user = TestUsers.register();
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", "The house is small and the garden is green.", "source_language", "en",
                        "target_language", "es"))
                .post("/api/v1/process/translate").then().statusCode(200)
                .body("translated_text", containsString("casa")).body("target_language", equalTo("es"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", "Hello", "source_language", "en", "target_language", "tlh"))
                .post("/api/v1/process/translate").then().statusCode(400).body("details.field", equalTo("target_language"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("text", "", "source_language", "en", "target_language", "es"))
                .post("/api/v1/process/translate").then().statusCode(400).body("details.field", equalTo("text"));
    }

    private static io.restassured.response.Response dub(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/dub");
    }
}
