package studio.loqui.voice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;

import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a voice given further recordings of its speaker relearns from all of them. Real speech: the LibriVox
 * reader's clips (shared test data and pocketsphinx-testdata); bad samples made from real speech and tones.
 */
@QuarkusTest
@Tag("voice")
class VoiceSamplesResourceTest {

    private static final Path SPHINX_LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    private static final Path ALLISON = Path.of("/usr/share/asterisk/sounds/en_US_f_Allison");

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldGrowTheVoicesSpeechAndLearnItsTimbreFromASecondSample() {
        TestUsers.Account a = TestUsers.register();
        String voice = profile(a, TestUploads.upload(a, TestMedia.shortSpeech()));
        JsonPath first = report(a, voice);
        assertEquals(1, first.getInt("samples"));
        System.out.println("one sample: " + first.prettify());

        JsonPath second = add(a, voice, TestUploads.upload(a, TestMedia.speech())).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, second.getInt("samples"));
        assertTrue(second.getDouble("speech_seconds") > first.getDouble("speech_seconds") + 3,
                first.getDouble("speech_seconds") + " s -> " + second.getDouble("speech_seconds") + " s");
        assertTrue(second.getBoolean("timbre_learned"), second.getString("timbre"));
        assertTrue(second.getString("timbre").startsWith("learned from "), second.getString("timbre"));
        assertEquals(second.getDouble("speech_seconds"), report(a, voice).getDouble("speech_seconds"));
        if (first.getBoolean("timbre_learned")) {
            assertTrue(parallelSeconds(second) > parallelSeconds(first) + 3, second.getString("timbre"));
        }
        System.out.println("two samples: " + second.prettify());

        JsonPath third = add(a, voice, TestUploads.upload(a,
                SPHINX_LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-0920.wav"))).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, third.getInt("samples"));
        assertTrue(third.getDouble("speech_seconds") > second.getDouble("speech_seconds") + 3);
        assertTrue(parallelSeconds(third) > parallelSeconds(second), third.getString("timbre"));
        System.out.println("three samples: " + third.prettify());
    }

    @Test
    void shouldRefuseSamplesThatCannotTeachTheVoiceAndKeepItAsItWas() {
        TestUsers.Account a = TestUsers.register();
        TestUsers.Account b = TestUsers.register();
        String file = TestUploads.upload(a, TestMedia.speech());
        String voice = profile(a, file);
        double seconds = report(a, voice).getDouble("speech_seconds");

        add(a, voice, file).then().statusCode(400).body("detail", containsString("already a sample"));
        add(b, voice, TestUploads.upload(b, TestMedia.shortSpeech())).then().statusCode(404);

        String music = TestUploads.upload(a, FFmpegTool.run(".wav", "-f", "lavfi", "-i",
                "sine=f=220:r=16000,volume=0.3", "-f", "lavfi", "-i", "sine=f=277:r=16000,volume=0.3", "-f", "lavfi",
                "-i", "sine=f=330:r=16000,volume=0.3", "-filter_complex", "amix=inputs=3,tremolo=f=2:d=0.8", "-t", "12",
                "-ac", "1"));
        add(a, voice, music).then().statusCode(400).body("detail", containsString("Sample 2 cannot be used"));

        String twoSpeakers = TestUploads.upload(a, FFmpegTool.run(".wav", "-i", TestMedia.speech().toString(),
                "-i", ALLISON.resolve("vm-options.wav").toString(), "-filter_complex",
                "[0:a]aresample=16000[m];[1:a]aresample=16000[f];[m][f]concat=n=2:v=0:a=1", "-ac", "1"));
        add(a, voice, twoSpeakers).then().statusCode(400).body("detail", containsString("speakers"));

        Path clip = FFmpegTool.run(".mp3", "-i", TestMedia.speech().toString(), "-ac", "1", "-c:a", "libmp3lame",
                "-b:a", "16k");
        Path twoHours = FFmpegTool.run(".mp3", "-stream_loop", "1014", "-i", clip.toString(), "-c", "copy");
        given().header("Authorization", a.bearer()).multiPart("file", twoHours.toFile()).post("/api/v1/files/upload")
                .then().statusCode(400).body("detail", containsString("the longest accepted is 3600 s"));
        long started = System.nanoTime();
        String fiftyMinutes = TestUploads.upload(a, FFmpegTool.run(".mp3", "-stream_loop", "422", "-i", clip.toString(),
                "-c", "copy"));
        add(a, voice, fiftyMinutes).then().statusCode(400).body("detail", containsString("at most 300 s"));
        assertTrue(System.nanoTime() - started < 60_000_000_000L, "refused by its length, not after decoding it");

        JsonPath after = report(a, voice);
        assertEquals(1, after.getInt("samples"));
        assertEquals(seconds, after.getDouble("speech_seconds"));
    }

    private static double parallelSeconds(JsonPath report) {
        return Double.parseDouble(report.getString("timbre").replaceAll("^learned from ([0-9.]+) s.*$", "$1"));
    }

    private static String profile(TestUsers.Account a, String file) {
        return given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "audio_sample_id", file))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
    }

    private static JsonPath report(TestUsers.Account a, String voice) {
        return given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles/" + voice)
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response add(TestUsers.Account a, String voice, String file) {
        return given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(Map.of("file_id", file))
                .post("/api/v1/voices/profiles/" + voice + "/samples");
    }
}
