package studio.loqui.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: the OpenAPI document is true for any client. Every operation is sent as documented (the request
 * body's example, ids of things a fresh user made first, real media for file parts) and must answer the one
 * success status the document gives it.
 */
@QuarkusTest
@Tag("api")
class OpenApiExamplesTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Operations that end a session go last, each with a session of its own. */
    private static final Set<String> LAST = Set.of("DELETE /api/auth/logout", "DELETE /api/v1/auth/logout");
    private static final Set<String> JOB_STARTERS = Set.of("POST /api/v1/process/clone-voice", "POST /api/v1/process/dub",
            "PATCH /api/v1/process/dub/{job_id}/phrases/{index}",
            "POST /api/v1/process/extract-audio", "POST /api/v1/process/generate-video", "POST /api/v1/process/lip-sync", "POST /api/v1/process/transcribe",
            "POST /api/voice/clones/{id}/synthesize", "POST /api/generation/create");

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldGiveEveryRequestBodyAnExampleAndEveryOperationOneSuccessStatus() throws Exception {
        JsonNode document = document();
        List<String> missing = new ArrayList<>();
        operations(document).forEach((key, op) -> {
            if (op.has("requestBody")) {
                op.get("requestBody").get("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("example")) {
                        missing.add(key + " " + media.getKey() + ": no example");
                    }
                });
            }
            long successes = fieldNames(op.get("responses")).stream().filter(s -> s.startsWith("2")).count();
            if (successes != 1) {
                missing.add(key + ": " + successes + " success statuses");
            }
        });
        JsonNode table = json.readTree(getClass().getClassLoader().getResource(OpenApiContract.TABLE));
        for (String key : fieldNames(table)) {
            if (!key.startsWith("_") && !operations(document).containsKey(key)) {
                missing.add("openapi/contract.json names " + key + ", which is no operation");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void shouldAnswerEachOperationsDocumentedExampleWithItsDocumentedStatus() throws Exception {
        JsonNode document = document();
        OpenApiFixtures fixtures = new OpenApiFixtures();
        Map<String, Function<OpenApiFixtures, String>> paths = paths();
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> answered = new TreeMap<>();
        List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>(operations(document).entrySet());
        ordered.sort(Comparator.comparing(e -> LAST.contains(e.getKey())));
        for (Map.Entry<String, JsonNode> operation : ordered) {
            String key = operation.getKey();
            JsonNode op = operation.getValue();
            int documented = Integer.parseInt(fieldNames(op.get("responses")).stream()
                    .filter(s -> s.startsWith("2")).findFirst().orElseThrow());
            Function<OpenApiFixtures, String> path = paths.getOrDefault(key, f -> key.substring(key.indexOf(' ') + 1));
            for (String contentType : contentTypes(op)) {
                int status = send(fixtures, key, path.apply(fixtures), op, contentType);
                answered.put(key + (contentType == null ? "" : " [" + contentType + "]"), status);
                if (status != documented) {
                    wrong.add(key + " [" + contentType + "]: documented " + documented + ", answered " + status);
                }
            }
        }
        answered.forEach((k, v) -> System.out.println("OpenAPI example " + v + " " + k));
        assertTrue(answered.size() >= operations(document).size(), "some operations were not sent");
        assertEquals(List.of(), wrong);
    }

    private int send(OpenApiFixtures f, String key, String path, JsonNode op, String contentType) throws Exception {
        String method = key.substring(0, key.indexOf(' '));
        String bearer = LAST.contains(key) ? "Bearer " + f.session().get("access_token") : f.user.bearer();
        if (op.path("responses").findValue("text/event-stream") != null) {
            return openStream(path, bearer);
        }
        RequestSpecification request = given().redirects().follow(false).header("Authorization", bearer);
        if (contentType != null) {
            Map<String, Object> example = withFixtures(f, key,
                    json.convertValue(op.get("requestBody").get("content").get(contentType).get("example"), Map.class));
            request = body(request, contentType, example, f);
        }
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && parameter.has("example")) {
                request = request.queryParam(parameter.get("name").asText(), parameter.get("example").asText());
            }
        }
        Response response = request.request(method, path);
        if (JOB_STARTERS.contains(key) && response.statusCode() == 202 || key.equals("POST /api/generation/create")) {
            f.me().post("/api/v1/process/cancel/" + response.path("job_id"));
        }
        if (key.equals("POST /api/v1/jobs") && response.statusCode() == 201) {
            f.me().post("/api/v1/jobs/" + response.path("id") + "/cancel");
        }
        if (response.statusCode() >= 300) {
            System.out.println("OpenAPI example " + key + " answered " + response.statusCode() + ": " + response.asString());
        }
        return response.statusCode();
    }

    private static RequestSpecification body(RequestSpecification request, String contentType, Map<String, Object> example,
                                             OpenApiFixtures f) {
        if (contentType.startsWith("multipart/")) {
            for (var part : example.entrySet()) {
                Path media = mediaNamed(f, String.valueOf(part.getValue()));
                request = media == null ? request.multiPart(part.getKey(), String.valueOf(part.getValue()))
                        : request.multiPart(part.getKey(), media.toFile());
            }
            return request;
        }
        if (contentType.equals("application/x-www-form-urlencoded")) {
            return request.contentType(contentType).formParams(example);
        }
        return request.contentType(contentType).body(example);
    }

    /** A file part's example names a file of the kind it takes: the real media of that kind. */
    private static Path mediaNamed(OpenApiFixtures f, String value) {
        if (value.endsWith(".wav")) {
            return f.speech;
        }
        if (value.endsWith(".png")) {
            return f.portrait;
        }
        return value.endsWith(".mp4") ? f.video : null;
    }

    /** The example's placeholders for ids and credentials, replaced by what the fresh user made. */
    private static Map<String, Object> withFixtures(OpenApiFixtures f, String key, Map<String, Object> example) {
        Map<String, Object> body = new LinkedHashMap<>(example);
        String unique = "ex" + System.nanoTime();
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("sample_id", f.sampleId);
        ids.put("voice_profile_id", f.voiceId);
        ids.put("audio_sample_id", f.audioFileId);
        ids.put("video_file_id", f.videoFileId);
        ids.put("original_video_id", f.videoFileId);
        ids.put("audio_file_id", f.audioFileId);
        ids.put("cloned_audio_id", f.audioFileId);
        ids.put("image_filename", f.image);
        ids.put("audio_filename", f.recording);
        ids.put("source_file", f.storedFile);
        ids.put("project_id", f.projectId);
        ids.put("job_id", f.filmId);
        ids.forEach((field, value) -> body.computeIfPresent(field, (k, v) -> value));
        body.computeIfPresent("file_id", (k, v) -> studio.loqui.support.TestUploads.upload(f.user, studio.loqui.support.TestMedia.speech()));
        if (key.endsWith("/register")) {
            body.put("username", unique);
            body.put("email", unique + "@example.com");
        }
        if (key.endsWith("/login")) {
            body.put("email", f.user.email());
            body.put("password", f.user.password());
        }
        if (key.endsWith("/refresh")) {
            body.put("refresh_token", f.session().get("refresh_token"));
        }
        return body;
    }

    /** How each operation's path parameters are found: a DELETE or a cancel gets a thing of its own. */
    private static Map<String, Function<OpenApiFixtures, String>> paths() {
        Map<String, Function<OpenApiFixtures, String>> p = new LinkedHashMap<>();
        p.put("GET /api/generation/status/{audio_id}", f -> "/api/generation/status/" + f.audioId);
        p.put("GET /api/generation/{audio_id}", f -> "/api/generation/" + f.audioId);
        p.put("DELETE /api/generation/{audio_id}", f -> "/api/generation/" + f.generation());
        p.put("GET /api/library/download/{item_type}/{item_id}", f -> "/api/library/download/sample/" + f.sampleId);
        p.put("GET /api/library/pitch/{item_type}/{item_id}", f -> "/api/library/pitch/sample/" + f.sampleId);
        p.put("PATCH /api/library/{item_type}/{item_id}", f -> "/api/library/sample/" + f.sampleId);
        p.put("DELETE /api/library/{item_type}/{item_id}", f -> "/api/library/sample/" + f.sample());
        p.put("GET /api/samples/{sample_id}", f -> "/api/samples/" + f.sampleId);
        p.put("DELETE /api/samples/{sample_id}", f -> "/api/samples/" + f.sample());
        p.put("GET /api/storage/download/{filename}", f -> "/api/storage/download/" + f.storedFile);
        p.put("DELETE /api/storage/files/{filename}", f -> "/api/storage/files/" + f.storedFile());
        p.put("DELETE /api/v1/auth/api-keys/{id}", f -> "/api/v1/auth/api-keys/" + f.apiKey());
        p.put("POST /api/v1/cancel/{job_id}", f -> "/api/v1/cancel/" + f.avatarRender());
        p.put("DELETE /api/v1/cleanup/{filename}", f -> "/api/v1/cleanup/" + f.avatarUpload("audio", f.speech));
        p.put("GET /api/v1/download/{filename}", f -> "/api/v1/download/" + f.image);
        p.put("GET /api/v1/files/{file_id}", f -> "/api/v1/files/" + f.videoFileId);
        p.put("GET /api/v1/files/{file_id}/download", f -> "/api/v1/files/" + f.videoFileId + "/download");
        p.put("DELETE /api/v1/files/{file_id}", f -> "/api/v1/files/" + studio.loqui.support.TestUploads.upload(f.user, f.speech));
        p.put("GET /api/v1/films/{job_id}/film.mp4", OpenApiFixtures::signedFilmPath);
        p.put("GET /api/v1/jobs/{job_id}", f -> "/api/v1/jobs/" + f.filmId);
        p.put("PATCH /api/v1/jobs/{job_id}", f -> "/api/v1/jobs/" + f.film());
        p.put("POST /api/v1/jobs/{job_id}/cancel", f -> "/api/v1/jobs/" + f.film() + "/cancel");
        p.put("GET /api/v1/jobs/{job_id}/events", f -> "/api/v1/jobs/" + f.filmId + "/events");
        p.put("POST /api/v1/process/cancel/{job_id}", f -> "/api/v1/process/cancel/" + f.runningJob());
        p.put("GET /api/v1/process/dub/{job_id}/subtitles", f -> "/api/v1/process/dub/" + f.finishedDub() + "/subtitles");
        p.put("GET /api/v1/process/dub/{job_id}/phrases", f -> "/api/v1/process/dub/" + f.finishedDub() + "/phrases");
        p.put("PATCH /api/v1/process/dub/{job_id}/phrases/{index}",
                f -> "/api/v1/process/dub/" + f.finishedDub() + "/phrases/0");
        p.put("DELETE /api/v1/process/dub/speakers/{speaker_id}",
                f -> "/api/v1/process/dub/speakers/" + f.dubSpeaker());
        p.put("GET /api/v1/process/events/{job_id}", f -> "/api/v1/process/events/" + f.transcription);
        p.put("GET /api/v1/process/status/{job_id}", f -> "/api/v1/process/status/" + f.transcription);
        p.put("GET /api/v1/process/transcripts/{job_id}", f -> "/api/v1/process/transcripts/" + f.transcription);
        p.put("GET /api/v1/projects/{project_id}", f -> "/api/v1/projects/" + f.projectId);
        p.put("PUT /api/v1/projects/{project_id}", f -> "/api/v1/projects/" + f.projectId);
        p.put("DELETE /api/v1/projects/{project_id}", f -> "/api/v1/projects/" + f.project());
        p.put("GET /api/v1/status/{job_id}", f -> "/api/v1/status/" + f.avatarJob);
        p.put("GET /api/v1/voices/preview/{profile_id}", f -> "/api/v1/voices/preview/" + f.stockVoice);
        p.put("DELETE /api/v1/voices/profiles/{profile_id}", f -> "/api/v1/voices/profiles/" + f.voiceProfile());
        p.put("GET /api/v1/voices/profiles/{profile_id}", f -> "/api/v1/voices/profiles/" + f.voiceId);
        p.put("POST /api/v1/voices/profiles/{profile_id}/samples",
                f -> "/api/v1/voices/profiles/" + f.voiceProfile() + "/samples");
        p.put("GET /api/voice/clones/{id}", f -> "/api/voice/clones/" + f.cloneId);
        p.put("GET /api/voice/clones/{id}/status", f -> "/api/voice/clones/" + f.cloneId + "/status");
        p.put("POST /api/voice/clones/{id}/synthesize", f -> "/api/voice/clones/" + f.cloneId + "/synthesize");
        p.put("DELETE /api/voice/clones/{id}", f -> "/api/voice/clones/" + f.voiceClone());
        p.put("GET /v1/models/{model}", f -> "/v1/models/" + f.firstModel());
        return p;
    }

    /** An event stream's status, read from its headers (a finished job's stream closes, a running one would not). */
    private int openStream(String path, String bearer) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", bearer).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private JsonNode document() throws Exception {
        return json.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> all = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                all.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return all;
    }

    /** null stands for an operation without a body: it is sent once, as is. */
    private static List<String> contentTypes(JsonNode op) {
        List<String> types = new ArrayList<>();
        if (op.has("requestBody")) {
            op.get("requestBody").get("content").fieldNames().forEachRemaining(types::add);
        } else {
            types.add(null);
        }
        return types;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
