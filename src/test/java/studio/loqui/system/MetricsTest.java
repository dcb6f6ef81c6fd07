package studio.loqui.system;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("dubbing")
class MetricsTest {

    private static final String FINISHED = "loqui_jobs_finished_total{kind=\"transcribe\",status=\"completed\"}";
    private static final String WAITED = "loqui_jobs_wait_seconds_count{kind=\"transcribe\"}";
    private static final String RAN = "loqui_jobs_duration_seconds_count{kind=\"transcribe\",status=\"completed\"}";
    private static final String HEARD = "loqui_engine_real_time_factor_count{engine=\"vosk\",work=\"recognition\"}";
    private static final String HEARD_SUM = "loqui_engine_real_time_factor_sum{engine=\"vosk\",work=\"recognition\"}";

    @Test
    void shouldMoveTheJobCountersDuringATranscribeJob() {
        TestUsers.Account a = TestUsers.register();
        String file = TestUploads.upload(a, TestMedia.speech());
        String before = metrics();
        String job = given().header("Authorization", a.bearer()).contentType(ContentType.JSON)
                .body(Map.of("audio_file_id", file, "source_language", "en", "model", "default"))
                .post("/api/v1/process/transcribe").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(a, job));
        String after = metrics();
        assertEquals(value(before, FINISHED) + 1, value(after, FINISHED), 1e-9);
        assertEquals(value(before, WAITED) + 1, value(after, WAITED), 1e-9);
        assertEquals(value(before, RAN) + 1, value(after, RAN), 1e-9);
        double recognitions = value(after, HEARD) - value(before, HEARD);
        assertTrue(recognitions >= 1, "the recogniser's real-time factor was recorded");
        double rtf = (value(after, HEARD_SUM) - value(before, HEARD_SUM)) / recognitions;
        assertTrue(rtf > 0 && rtf < 5, "real-time factor of recognition: " + rtf);
        assertTrue(after.contains("loqui_jobs_queue_depth{kind=\"transcribe\"}"), "queue depth per kind");
        assertTrue(after.contains("http_server_requests_seconds_count"), "HTTP timings");
    }

    @Test
    void shouldSplitHealthIntoLivenessAndReadiness() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("job-scheduler"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("media-engines", "storage-disk", "Database connections health check"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A sample's value, 0 when the series does not exist yet. */
    private static double value(String exposition, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(exposition);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
