package studio.loqui.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.support.TestMedia;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance: the official {@code openai} npm client (pinned in {@code src/test/node}), with a
 * personal API key, speaks a sentence in a voice cloned through the API and transcribes it back; the words
 * match, and the key, once revoked, gets 401. Needs Node.js and npm ({@code ./loqui test} installs them).
 */
@QuarkusTest
@Tag("voice")
class OpenAiClientAcceptanceTest {

    private static final Path NODE_PROJECT = Path.of("src/test/node");

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldSpeakInAClonedVoiceAndHearItBackThroughTheOfficialClient() throws Exception {
        installClient();
        String base = server.toString().replaceAll("/$", "");
        Run run = run(List.of("node", "openai-acceptance.mjs"), Map.of("LOQUI_URL", base,
                "LOQUI_VOICE_FILE", TestMedia.speech().toString()), 600);
        assertEquals(0, run.exit(), run.output());
        String[] lines = run.output().strip().split("\n");
        JsonNode result = new ObjectMapper().readTree(lines[lines.length - 1]);
        String said = result.get("said").asText().toLowerCase().replaceAll("[^a-z' ]", "");
        double wer = WordErrorRate.compute(said, result.get("heard").asText()).rate();
        System.out.printf("openai client: WER %.3f, %s%n", wer, result);
        assertTrue(wer <= 0.2, "heard '" + result.get("heard").asText() + "', WER " + wer);
        assertTrue(result.get("words").asInt() >= 7, result.toString());
        assertEquals("ID3", result.get("audio_head").asText(), "an MP3 file");
        assertTrue(result.get("models").toString().contains("whisper-1"), result.toString());
        assertEquals(401, result.get("revoked_status").asInt(), "the revoked key is refused at once");
    }

    /** {@code npm ci}: exactly the locked client, once per checkout. */
    private static void installClient() throws Exception {
        if (Files.isDirectory(NODE_PROJECT.resolve("node_modules/openai"))) {
            return;
        }
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300);
        assertEquals(0, install.exit(), "npm ci failed: " + install.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, Map<String, String> environment, long seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(NODE_PROJECT.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
