package studio.loqui.dubbing.transcribe.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.loqui.Eventually;
import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.ffmpeg.FFmpegRun;
import studio.loqui.support.TestUsers;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
class LiveTranscribeSocketTest {

    @TestHTTPResource("/api/v1/process/transcribe/live")
    URI endpoint;

    @Inject
    LiveTranscribeSocket socket;

    @Test
    void shouldHearRealSpeechAsItIsSentAndCloseNormallyWithTheTranscript() throws Exception {
        LiveClient client = LiveClient.connect(ws("?language=en&access_token=" + TestUsers.register().accessToken()));
        byte[] pcm = TestMedia.realVoice(TestMedia.VOICE_0870).toPcm16le();
        for (int from = 0; from < pcm.length; from += 8001) {   // odd-sized pieces, as a network may cut them
            client.send(Arrays.copyOfRange(pcm, from, Math.min(pcm.length, from + 8001)));
        }
        client.sendText("{\"type\":\"end\"}");

        assertEquals(1000, client.awaitClose());
        assertEquals("ready", client.messages.get(0).path("type").asText());
        assertFalse(client.ofType("partial").isEmpty(), "words shown while speech was still arriving");
        JsonNode last = client.ofType("final").get(0);
        double wer = WordErrorRate.compute(TestMedia.TEXT_0870, last.path("text").asText()).rate();
        System.out.printf("live hearing: WER %.3f, heard \"%s\"%n", wer, last.path("text").asText());
        assertTrue(wer <= 0.15, "WER " + wer);
        assertEquals(7.1, last.path("audio_seconds").asDouble(), 0.1);
        double previous = 0;
        for (JsonNode word : last.path("words")) {
            assertTrue(word.path("start").asDouble() >= previous - 1e-6 && word.path("end").asDouble() <= 7.2, word.toString());
            previous = word.path("start").asDouble();
        }
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webm", "ogg"})
    void shouldHearOpusAsABrowserRecordsIt(String container) throws Exception {
        byte[] recording = FFmpegRun.toBytes(TestMedia.FFMPEG.ffmpeg(), List.of("-i",
                TestMedia.voiceFile(TestMedia.VOICE_0870).toString(), "-c:a", "libopus", "-b:a", "24k", "-f", container,
                "pipe:1"), Duration.ofSeconds(30), "encode the test recording");
        LiveClient client = LiveClient.connect(ws("?format=" + container + "&access_token=" + TestUsers.register().accessToken()));
        for (int from = 0; from < recording.length; from += 3000) {   // about a quarter second a message
            client.send(Arrays.copyOfRange(recording, from, Math.min(recording.length, from + 3000)));
            Thread.sleep(20);
        }
        client.sendText("{\"type\":\"end\"}");

        assertEquals(1000, client.awaitClose(), client.closeReason);
        assertEquals(container, client.messages.get(0).path("format").asText());
        assertFalse(client.ofType("words").isEmpty() && client.ofType("partial").isEmpty(), "words shown while recording");
        JsonNode last = client.ofType("final").get(0);
        double wer = WordErrorRate.compute(TestMedia.TEXT_0870, last.path("text").asText()).rate();
        System.out.printf("live hearing of %s Opus: WER %.3f, heard \"%s\"%n", container, wer, last.path("text").asText());
        assertTrue(wer <= 0.15, "WER " + wer);
        assertEquals(7.1, last.path("audio_seconds").asDouble(), 0.15);
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 0);
    }

    @Test
    void shouldCloseWithTheReasonWhenTheRecordingIsNotWebm() throws Exception {
        LiveClient client = LiveClient.connect(ws("?format=webm&access_token=" + TestUsers.register().accessToken()));
        byte[] noise = new byte[40000];
        new java.util.Random(3).nextBytes(noise);
        client.send(noise);
        client.sendText("{\"type\":\"end\"}");
        assertEquals(1003, client.awaitClose());
        assertTrue(client.closeReason.startsWith("the audio is not webm"), client.closeReason);
        assertTrue(client.closeReason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 123);
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 0);
    }

    @Test
    void shouldRefuseWithoutAToken() throws Exception {
        LiveClient client = LiveClient.connect(ws(""));
        assertEquals(1008, client.awaitClose());
        assertTrue(client.closeReason.contains("access token"), client.closeReason);
        LiveClient forged = LiveClient.connect(ws("?access_token=eyJhbGciOiJub25lIn0.e30."));
        assertEquals(1008, forged.awaitClose());
    }

    @Test
    void shouldRefuseAFormatItCannotHear() throws Exception {
        String token = TestUsers.register().accessToken();
        LiveClient client = LiveClient.connect(ws("?format=mp3&access_token=" + token));
        assertEquals(1003, client.awaitClose());
        assertTrue(client.closeReason.contains("pcm16"), client.closeReason);
        LiveClient chatty = LiveClient.connect(ws("?access_token=" + token));
        chatty.sendText("hello there");
        assertEquals(1003, chatty.awaitClose());
    }

    @Test
    void shouldReleaseTheRecognizerWhenTheClientVanishesMidway() throws Exception {
        LiveClient client = LiveClient.connect(ws("?access_token=" + TestUsers.register().accessToken()));
        PcmAudio voice = TestMedia.realVoice(TestMedia.VOICE_0890);
        client.send(Arrays.copyOf(voice.toPcm16le(), 32000));
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 1);
        client.socket.abort();
        Eventually.within(Duration.ofSeconds(10), () -> socket.openSessions() == 0);
    }

    private URI ws(String query) {
        return URI.create(endpoint.toString().replaceFirst("^http", "ws") + query);
    }
}
