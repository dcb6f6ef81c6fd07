package studio.loqui.openai;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("voice")
class OpenAiSpeechResourceTest {

    private static final String SENTENCE = "The garden behind the old house was full of roses.";

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldSpeakInAClonedVoiceNamedByTheCallerAndHearItBack() throws Exception {
        TestUsers.Account a = TestUsers.register();
        String file = TestUploads.upload(a, TestMedia.speech());
        given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Austen Reader", "audio_sample_id", file, "language", "en"))
                .post("/api/v1/voices/create-profile").then().statusCode(201);
        Response spoken = speak(a, Map.of("model", "tts-1", "input", SENTENCE, "voice", "austen reader",
                "response_format", "wav"));
        spoken.then().statusCode(200).contentType("audio/wav");
        assertTrue(Double.parseDouble(spoken.header("X-Speaker-Similarity")) > 0);
        byte[] wav = spoken.asByteArray();
        assertTrue(seconds(wav) > 1.5, "a sentence lasts: " + seconds(wav));

        Path heardFile = Files.createTempFile("openai-speech", ".wav");
        Files.write(heardFile, wav);
        String heard = given().header("Authorization", a.bearer())
                .multiPart("file", heardFile.toFile(), "audio/wav").multiPart("model", "whisper-1")
                .post("/v1/audio/transcriptions").then().statusCode(200).extract().path("text");
        double wer = WordErrorRate.compute(SENTENCE.toLowerCase().replace(".", ""), heard).rate();
        assertTrue(wer <= 0.2, "heard '" + heard + "', WER " + wer);
    }

    @Test
    void shouldWriteEveryResponseFormatOpenAiNames() {
        TestUsers.Account a = TestUsers.register();
        byte[] wav = stock(a, "wav", 1.0);
        assertEquals("RIFF", ascii(wav, 0, 4));
        assertEquals("ID3", ascii(stock(a, "mp3", 1.0), 0, 3));
        assertEquals("OggS", ascii(stock(a, "opus", 1.0), 0, 4));
        assertEquals("fLaC", ascii(stock(a, "flac", 1.0), 0, 4));
        byte[] aac = stock(a, "aac", 1.0);
        assertEquals(0xFFF, ((aac[0] & 0xFF) << 4) | ((aac[1] & 0xF0) >> 4), "ADTS sync word");
        byte[] pcm = stock(a, "pcm", 1.0);
        double pcmSeconds = pcm.length / 2.0 / 24000;
        assertEquals(seconds(wav), pcmSeconds, 0.05, "raw 16-bit samples at 24 kHz");
    }

    @Test
    void shouldSpeakAtTheRequestedSpeed() {
        TestUsers.Account a = TestUsers.register();
        double normal = seconds(stock(a, "wav", 1.0));
        double slow = seconds(stock(a, "wav", 0.5));
        double fast = seconds(stock(a, "wav", 2.0));
        assertEquals(2.0, slow / normal, 0.1, normal + " s at 1x, " + slow + " s at 0.5x");
        assertEquals(0.5, fast / normal, 0.05, normal + " s at 1x, " + fast + " s at 2x");
    }

    @Test
    void shouldAnswerErrorsInOpenAisShapeOnItsPathsOnly() {
        TestUsers.Account a = TestUsers.register();
        speak(a, Map.of("model", "tts-1", "input", "hello", "voice", "nobody-here"))
                .then().statusCode(400)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.param", equalTo("voice"))
                .body("error.message", containsString("Voice 'nobody-here' not found"));
        speak(a, Map.of("model", "tts-1", "input", "hello", "voice", "alloy", "speed", 9))
                .then().statusCode(400).body("error.param", equalTo("speed"));
        speak(a, Map.of("model", "tts-1", "input", "x".repeat(4097), "voice", "alloy"))
                .then().statusCode(400).body("error.param", equalTo("input"));
        speak(a, Map.of("model", "tts-1", "input", "hello", "voice", "alloy", "response_format", "ogg"))
                .then().statusCode(400).body("error.param", equalTo("response_format"));
        given().contentType(ContentType.JSON).body(Map.of("input", "hello", "voice", "alloy"))
                .post("/v1/audio/speech").then().statusCode(401)
                .body("error.code", equalTo("invalid_api_key")).body("error.type", equalTo("invalid_request_error"));
        given().header("Authorization", a.bearer()).get("/v1/nothing-here").then().statusCode(404)
                .body("error.type", equalTo("invalid_request_error"));
        given().get("/api/v1/voices/profiles").then().statusCode(401)
                .body("error", equalTo("unauthorized")).body("detail", equalTo("Invalid or expired token"));
    }

    @Test
    void shouldListTheModelNamesToolsAskFor() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/v1/models").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", hasItems("tts-1", "whisper-1", "gpt-4o-mini-tts", "gpt-4o-transcribe"))
                .body("data[0].object", equalTo("model"))
                .body("data[0].owned_by", equalTo("loqui"));
        given().header("Authorization", a.bearer()).get("/v1/models/whisper-1").then().statusCode(200)
                .body("id", equalTo("whisper-1"));
        given().header("Authorization", a.bearer()).get("/v1/models/gpt-9").then().statusCode(404)
                .body("error.code", equalTo("not_found")).body("error.param", nullValue());
    }

    private static byte[] stock(TestUsers.Account a, String format, double speed) {
        return speak(a, Map.of("model", "tts-1", "input", SENTENCE, "voice", "onyx", "response_format", format,
                "speed", speed)).then().statusCode(200).extract().asByteArray();
    }

    static Response speak(TestUsers.Account a, Map<String, Object> body) {
        return given().header("Authorization", a.bearer()).contentType(ContentType.JSON).body(body)
                .post("/v1/audio/speech");
    }

    static double seconds(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return in.getFrameLength() / (double) in.getFormat().getFrameRate();
        } catch (Exception e) {
            throw new AssertionError("not a WAV file", e);
        }
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(Arrays.copyOfRange(bytes, from, to), StandardCharsets.US_ASCII);
    }
}
