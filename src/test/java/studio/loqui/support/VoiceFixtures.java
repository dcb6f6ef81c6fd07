package studio.loqui.support;

import io.restassured.http.ContentType;
import studio.loqui.Eventually;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Samples, generations and jobs made through the API for voice tests. */
public final class VoiceFixtures {

    public static final Duration JOB_LIMIT = Duration.ofSeconds(120);

    private VoiceFixtures() {
    }

    public static long uploadSample(TestUsers.Account user, Path speech) {
        return ((Number) given().header("Authorization", user.bearer())
                .multiPart("sample_name", "Reader").multiPart("upload_type", "uploaded")
                .multiPart("file", speech.toFile(), "audio/wav")
                .post("/api/samples/upload").then().statusCode(201)
                .extract().path("sample_id")).longValue();
    }

    public static long generate(TestUsers.Account user, long sampleId, String script) {
        return ((Number) given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("sample_id", sampleId, "model_name", "Test Voice", "script_text", script))
                .post("/api/generation/create").then().statusCode(201)
                .extract().path("audio_id")).longValue();
    }

    /** Waits until a seed-001 job ends and returns its final status. */
    public static String awaitJob(TestUsers.Account user, String jobId) {
        String[] status = new String[1];
        Eventually.within(JOB_LIMIT, () -> {
            status[0] = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                    .then().statusCode(200).extract().path("status");
            return !status[0].equals("pending") && !status[0].equals("processing");
        });
        return status[0];
    }

    /** Waits until a generation ends and returns its final status. */
    public static String awaitGeneration(TestUsers.Account user, long audioId) {
        String[] status = new String[1];
        Eventually.within(JOB_LIMIT, () -> {
            status[0] = given().header("Authorization", user.bearer()).get("/api/generation/status/" + audioId)
                    .then().statusCode(200).extract().path("status");
            return status[0].equals("completed") || status[0].equals("failed");
        });
        return status[0];
    }

    public static Path silence(double seconds) {
        return FFmpegTool.run(".wav", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", String.valueOf(seconds));
    }

    public static Path noise(double seconds) {
        return FFmpegTool.run(".wav", "-f", "lavfi", "-i", "anoisesrc=r=16000:a=0.3:c=white", "-t",
                String.valueOf(seconds), "-ac", "1");
    }

    public static Path firstSeconds(Path speech, double seconds) {
        return FFmpegTool.run(".wav", "-i", speech.toString(), "-t", String.valueOf(seconds));
    }
}
