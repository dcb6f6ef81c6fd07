package studio.loqui.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import studio.loqui.Eventually;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What the documented examples refer to, made through the API for one fresh user: a sample and its voice,
 * uploads of each kind, a finished transcription, a rendered film, a voice clone. Each method that a
 * DELETE or a cancel needs makes a new thing, so no operation spoils another's.
 */
final class OpenApiFixtures {

    static final Duration FILM_LIMIT = Duration.ofMinutes(4);

    final TestUsers.Account user = TestUsers.register();
    final Path speech = TestMedia.shortSpeech();
    final Path portrait = TestMedia.portrait();
    final Path video = FFmpegTool.videoWithSpeech(TestMedia.shortSpeech());

    final long sampleId = sample();
    final String voiceId = me().get("/api/samples/" + sampleId).then().statusCode(200).extract().path("voice_id");
    final long audioId = VoiceFixtures.generate(user, sampleId, "Good morning from the examples.");
    final String videoFileId = TestUploads.upload(user, video);
    final String audioFileId = TestUploads.upload(user, speech);
    final String storedFile = storedFile();
    final String image = avatarUpload("image", portrait);
    final String recording = avatarUpload("audio", speech);
    final long projectId = project();
    final String stockVoice = stockVoice();
    final String transcription = finishedTranscription();
    final long cloneId = finishedClone();
    final long filmId = finishedFilm();
    final String avatarJob = me().contentType(ContentType.JSON)
            .body(Map.of("image_filename", image, "audio_filename", recording, "output_resolution", 256))
            .post("/api/v1/generate/async").then().statusCode(200).extract().path("job_id");

    RequestSpecification me() {
        return given().header("Authorization", user.bearer());
    }

    long sample() {
        return VoiceFixtures.uploadSample(user, speech);
    }

    long generation() {
        return VoiceFixtures.generate(user, sampleId, "A line to delete.");
    }

    String storedFile() {
        String name = "reading-" + System.nanoTime() + ".wav";
        return me().multiPart("file", name, bytes(speech), "audio/wav").post("/api/storage/upload")
                .then().statusCode(200).extract().path("filename");
    }

    String avatarUpload(String kind, Path file) {
        return me().multiPart("file", file.toFile()).post("/api/v1/upload/" + kind)
                .then().statusCode(200).extract().path("filename");
    }

    long project() {
        return me().contentType(ContentType.JSON).body(Map.of("name", "Examples")).post("/api/v1/projects")
                .then().statusCode(201).extract().<Number>path("id").longValue();
    }

    /** A film job that has only just started: for the operations that cancel one. */
    long film() {
        return me().contentType(ContentType.JSON)
                .body(Map.of("project_id", projectId, "script", "A lighthouse at dusk", "config", Map.of(
                        "num_images", 1, "video_duration", 2, "include_voice", false, "include_music", false,
                        "fps", 5, "quality", "low")))
                .post("/api/v1/jobs").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    String voiceProfile() {
        return me().contentType(ContentType.JSON).body(Map.of("name", "Short-lived", "audio_sample_id", audioFileId))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
    }

    long voiceClone() {
        return me().contentType(ContentType.JSON).body(Map.of("name", "Clone", "source_file", storedFile))
                .post("/api/voice/clones").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    long apiKey() {
        return me().contentType(ContentType.JSON).body(Map.of("name", "Short-lived"))
                .post("/api/v1/auth/api-keys").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    /** An avatar render that has only just started: for its cancel. */
    String avatarRender() {
        return me().contentType(ContentType.JSON)
                .body(Map.of("image_filename", image, "audio_filename", recording, "output_resolution", 1024))
                .post("/api/v1/generate/async").then().statusCode(200).extract().path("job_id");
    }

    /** A processing job that is waiting or running, for the cancel operation. */
    String runningJob() {
        return me().contentType(ContentType.JSON).body(Map.of("video_file_id", videoFileId, "target_language", "es"))
                .post("/api/v1/process/dub").then().statusCode(202).extract().path("job_id");
    }

    /** A fresh session of the user: its tokens, for refresh and logout. */
    Map<String, Object> session() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", user.password()))
                .post("/api/v1/auth/login").then().statusCode(200).extract().as(Map.class);
    }

    String signedFilmPath() {
        String url = me().contentType(ContentType.JSON).body(Map.of("job_id", filmId)).post("/api/v1/jobs/signed-url")
                .then().statusCode(200).extract().path("url");
        return url.replaceFirst("^https?://[^/]+", "");
    }

    String firstModel() {
        List<String> ids = me().get("/v1/models").then().statusCode(200).extract().path("data.id");
        return ids.get(0);
    }

    private String stockVoice() {
        List<Map<String, Object>> profiles = me().get("/api/v1/voices/profiles").then().statusCode(200)
                .extract().path("profiles");
        return (String) profiles.stream().filter(p -> "stock".equals(p.get("origin"))).findFirst().orElseThrow().get("id");
    }

    private String finishedDub;

    /** A finished dub of the test video (made once), for its subtitles and phrases. */
    String finishedDub() {
        if (finishedDub != null) {
            return finishedDub;
        }
        String job = runningJob();
        String status = VoiceFixtures.awaitJob(user, job);
        if (!status.equals("completed")) {
            throw new IllegalStateException("the dub fixture ended " + status);
        }
        finishedDub = job;
        return job;
    }

    /** A speaker the dub fixture registered, to forget. */
    String dubSpeaker() {
        finishedDub();
        List<Map<String, Object>> speakers = me().get("/api/v1/process/dub/speakers").then().statusCode(200)
                .extract().path("speakers");
        return (String) speakers.get(0).get("speaker_id");
    }

    private String finishedTranscription() {
        String job = me().contentType(ContentType.JSON).body(Map.of("audio_file_id", audioFileId, "source_language", "en"))
                .post("/api/v1/process/transcribe").then().statusCode(202).extract().path("job_id");
        String status = VoiceFixtures.awaitJob(user, job);
        if (!status.equals("completed")) {
            throw new IllegalStateException("the transcription fixture ended " + status);
        }
        return job;
    }

    private long finishedClone() {
        long id = voiceClone();
        Eventually.within(VoiceFixtures.JOB_LIMIT, () -> !List.of("pending", "processing").contains(
                me().get("/api/voice/clones/" + id + "/status").then().statusCode(200).extract().<String>path("status")));
        return id;
    }

    private long finishedFilm() {
        long id = film();
        Eventually.within(FILM_LIMIT, () -> List.of("completed", "failed", "cancelled").contains(
                me().get("/api/v1/jobs/" + id).then().statusCode(200).extract().<String>path("status")));
        return id;
    }

    private static byte[] bytes(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
