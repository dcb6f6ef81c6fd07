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
import studio.loqui.support.TestMusic;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correcting one phrase of a finished dub of three sentences (a real reader over chords the test makes): the
 * edit job re-translates only that phrase from its corrected text (Apertium's words for the new text are in it)
 * and speaks only it; the other phrases keep their stored audio files, the voice stem is the same sample for
 * sample outside the edited phrase and differs inside it, the video's sound changes in that span only, its
 * picture is the first dub's stream copied, and its subtitles say the new words. An edit of the edit chains on.
 */
@QuarkusTest
@Tag("voice")
class DubEditTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final int RATE = 32000;
    private static final String FIRST = "and mister john dashwood had then leisure to consider how much there might"
            + " be prudently in his power to do for them";
    private static final String SECOND = "unless to be rather cold hearted and rather selfish is to be ill disposed";
    private static final String SRT = "1\n00:00:01,200 --> 00:00:07,900\n" + FIRST + "\n\n"
            + "2\n00:00:09,500 --> 00:00:14,400\n" + SECOND + "\n\n"
            + "3\n00:00:16,000 --> 00:00:20,900\n" + SECOND + "\n";
    private static final String CORRECTED = "the house is red and the garden is very big";

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldReRenderOnlyTheEditedPhrase() throws Exception {
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, threeSentences());
        String dubId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", videoId, "source_language", "en", "target_language", "es",
                        "quality", "low", "transcript", SRT))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
        JsonPath first = completed(user, dubId);
        assertEquals(List.of(0, 1, 2), first.getList("rendered_phrases"));
        JsonPath listed = given().header("Authorization", user.bearer())
                .get("/api/v1/process/dub/" + dubId + "/phrases").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(0, 1, 2), listed.getList("phrases.index"));
        assertEquals(first.getList("phrases.audio_file_id"), listed.getList("phrases.audio_file_id"));

        long started = System.nanoTime();
        String editId = patch(user, dubId, 1, Map.of("text", CORRECTED)).then().statusCode(202)
                .extract().path("job_id");
        assertNotEquals(dubId, editId);
        JsonPath edit = completed(user, editId);
        System.out.printf("Edit of one phrase of three took %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
                edit.getList("phrases"));
        assertEquals(List.of(1), edit.getList("rendered_phrases"));
        assertEquals(List.of(0, 2), edit.getList("reused_phrases"));
        assertEquals(dubId, edit.getString("edited_from"));
        assertEquals(CORRECTED, edit.getString("phrases[1].text"));
        String translation = edit.getString("phrases[1].translation").toLowerCase();
        assertTrue(translation.contains("casa") && translation.contains("jard"), translation);
        assertEquals(first.getString("phrases[0].translation"), edit.getString("phrases[0].translation"));
        assertEquals(first.getString("phrases[0].audio_file_id"), edit.getString("phrases[0].audio_file_id"));
        assertEquals(first.getString("phrases[2].audio_file_id"), edit.getString("phrases[2].audio_file_id"));
        assertNotEquals(first.getString("phrases[1].audio_file_id"), edit.getString("phrases[1].audio_file_id"));
        assertEquals(first.getString("stems.background.file_id"), edit.getString("stems.background.file_id"));
        assertFalse(Arrays.equals(download(user, phraseUrl(first, 1)), download(user, phraseUrl(edit, 1))),
                "the edited phrase was spoken anew");

        double from = Math.min(first.getDouble("phrases[1].dubbed_start"), edit.getDouble("phrases[1].dubbed_start"));
        double to = Math.max(first.getDouble("phrases[1].dubbed_end"), edit.getDouble("phrases[1].dubbed_end"));
        PcmAudio voiceBefore = wav(user, first.getString("stems.voice.url"));
        PcmAudio voiceAfter = wav(user, edit.getString("stems.voice.url"));
        assertEquals(voiceBefore.length(), voiceAfter.length());
        double outside = maxDifference(voiceBefore, voiceAfter, from - 0.005, to + 0.005, false);
        double inside = rmsDifference(voiceBefore, voiceAfter, from, to, true);
        System.out.printf("Voice stem: max difference outside the phrase %.6f, RMS inside %.4f%n", outside, inside);
        assertEquals(0.0, outside, "the reused phrases' samples are the same");
        assertTrue(inside > 0.01, "the edited phrase's sound changed: " + inside);

        PcmAudio videoBefore = DECODER.decode(file(user, first.getString("result_url"), ".mp4"), RATE);
        PcmAudio videoAfter = DECODER.decode(file(user, edit.getString("result_url"), ".mp4"), RATE);
        double videoInside = rmsDifference(videoBefore, videoAfter, from, to, true);
        double videoOutside = rmsDifference(videoBefore, videoAfter, from - 0.15, to + 0.15, false);
        System.out.printf("Video sound: RMS difference inside %.4f, outside %.6f%n", videoInside, videoOutside);
        assertTrue(videoInside > 0.01, "the video's sound changed in the edited phrase");
        assertTrue(videoOutside < videoInside / 20, "the video's sound changed elsewhere: " + videoOutside);
        assertEquals(pictureMd5(user, first), pictureMd5(user, edit), "the picture is stream copied");
        given().header("Authorization", user.bearer()).get(edit.getString("subtitles_url")).then().statusCode(200)
                .body(containsString("casa"));
        given().header("Authorization", user.bearer()).get(edit.getString("subtitles_url") + "?language=source")
                .then().statusCode(200).body(containsString("garden"));

        JsonPath again = completed(user, patch(user, editId, 2, Map.of("translation", "hasta mañana amigos"))
                .then().statusCode(202).extract().path("job_id"));
        assertEquals(List.of(2), again.getList("rendered_phrases"));
        assertEquals(List.of(0, 1), again.getList("reused_phrases"));
        assertEquals(edit.getString("phrases[1].audio_file_id"), again.getString("phrases[1].audio_file_id"));
        assertEquals(CORRECTED, again.getString("phrases[1].text"));
        assertEquals("hasta mañana amigos", again.getString("phrases[2].translation"));

        patch(user, dubId, 3, Map.of("translation", "hola")).then().statusCode(404);
        patch(user, dubId, 0, Map.of("translation", "  ")).then().statusCode(400)
                .body("details.field", equalTo("translation"));
        patch(user, dubId, 0, Map.of()).then().statusCode(400);
        given().header("Authorization", TestUsers.register().bearer()).get("/api/v1/process/dub/" + dubId + "/phrases")
                .then().statusCode(404);
    }

    /** The reader's two clips at 1.0 s, 9.3 s and (the second again) 15.8 s, over quiet chords. */
    private static Path threeSentences() {
        PcmAudio first = DECODER.decode(TestMedia.speech(), RATE);
        PcmAudio second = DECODER.decode(TestMedia.shortSpeech(), RATE);
        float[] out = new float[(int) (22.5 * RATE)];
        for (double at : new double[] {1.0, 9.3, 15.8}) {
            PcmAudio clip = at == 1.0 ? first : second;
            System.arraycopy(clip.samples(), 0, out, (int) (at * RATE), clip.length());
        }
        PcmAudio sound = TestMusic.mix(new PcmAudio(out, RATE), TestMusic.chords(22.5, RATE, 0.02));
        return FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav", WavFiles.encode(sound)));
    }

    private static String phraseUrl(JsonPath result, int index) {
        return "/api/v1/files/" + result.getString("phrases[" + index + "].audio_file_id") + "/download";
    }

    private static String pictureMd5(TestUsers.Account user, JsonPath result) throws Exception {
        Path md5 = FFmpegTool.run(".md5", "-i", file(user, result.getString("result_url"), ".mp4").toString(),
                "-map", "0:v:0", "-c", "copy", "-f", "md5");
        return Files.readString(md5).strip();
    }

    /** Largest sample difference inside (or outside) {@code [from, to]} seconds. */
    private static double maxDifference(PcmAudio a, PcmAudio b, double from, double to, boolean inside) {
        double most = 0;
        for (int n = 0; n < Math.min(a.length(), b.length()); n++) {
            double t = n / (double) a.sampleRate();
            if ((t >= from && t <= to) == inside) {
                most = Math.max(most, Math.abs(a.samples()[n] - b.samples()[n]));
            }
        }
        return most;
    }

    private static double rmsDifference(PcmAudio a, PcmAudio b, double from, double to, boolean inside) {
        double sum = 0;
        int count = 0;
        for (int n = 0; n < Math.min(a.length(), b.length()); n++) {
            double t = n / (double) a.sampleRate();
            if ((t >= from && t <= to) == inside) {
                double d = a.samples()[n] - b.samples()[n];
                sum += d * d;
                count++;
            }
        }
        return Math.sqrt(sum / Math.max(1, count));
    }

    private static io.restassured.response.Response patch(TestUsers.Account user, String jobId, int index,
                                                          Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .patch("/api/v1/process/dub/" + jobId + "/phrases/" + index);
    }

    private static JsonPath completed(TestUsers.Account user, String jobId) {
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
    }

    private static PcmAudio wav(TestUsers.Account user, String url) {
        return DECODER.decode(file(user, url, ".wav"), RATE);
    }

    private static byte[] download(TestUsers.Account user, String url) {
        return given().header("Authorization", user.bearer()).get(url).then().statusCode(200).extract().asByteArray();
    }

    private static Path file(TestUsers.Account user, String url, String suffix) {
        return TestMedia.tempFile(suffix, download(user, url));
    }
}
