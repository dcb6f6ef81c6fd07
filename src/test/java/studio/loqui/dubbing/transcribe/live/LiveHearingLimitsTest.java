package studio.loqui.dubbing.transcribe.live;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.media.TestMedia;
import studio.loqui.support.TestUsers;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("api")
@TestProfile(LiveHearingLimitsTest.TightLimits.class)
class LiveHearingLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loqui.live-hearing.max-audio-seconds", "5",
                    "loqui.live-hearing.idle-timeout", "2s",
                    "loqui.live-hearing.no-speech-timeout", "3s");
        }
    }

    @TestHTTPResource("/api/v1/process/transcribe/live")
    URI endpoint;

    @Inject
    LiveTranscribeSocket socket;

    @Test
    void shouldCloseWith1009PastTheAudioLimitAndStillGiveWhatWasHeard() throws Exception {
        LiveClient client = connect();
        byte[] speech = TestMedia.realVoice(TestMedia.VOICE_0870).toPcm16le();
        for (int from = 0; from < speech.length && !client.closeCode.isDone(); from += 16000) {
            client.send(Arrays.copyOfRange(speech, from, Math.min(speech.length, from + 16000)));
        }
        assertEquals(1009, client.awaitClose(), client.closeReason);
        assertTrue(client.closeReason.contains("5 s"), client.closeReason);
        assertFalse(client.ofType("final").get(0).path("text").asText().isBlank());
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 0);
    }

    @Test
    void shouldCloseAStreamOfSilence() throws Exception {
        LiveClient client = connect();
        byte[] quarterSecond = new byte[8000];
        for (int i = 0; i < 40 && !client.closeCode.isDone(); i++) {
            client.send(quarterSecond);
        }
        assertEquals(1000, client.awaitClose());
        assertTrue(client.closeReason.contains("no speech"), client.closeReason);
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 0);
    }

    @Test
    void shouldCloseAnIdleConnection() throws Exception {
        LiveClient client = connect();
        assertEquals(1000, client.awaitClose());
        assertTrue(client.closeReason.contains("no audio"), client.closeReason);
        Eventually.within(Duration.ofSeconds(5), () -> socket.openSessions() == 0);
    }

    private LiveClient connect() throws Exception {
        return LiveClient.connect(URI.create(endpoint.toString().replaceFirst("^http", "ws")
                + "?access_token=" + TestUsers.register().accessToken()));
    }
}
