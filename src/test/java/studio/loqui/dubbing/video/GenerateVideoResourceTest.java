package studio.loqui.dubbing.video;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.jobs.Job;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.Levels;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("voice")
class GenerateVideoResourceTest {

    private static final double LONG_SPEECH = 7.1;
    private static final double SHORT_SPEECH = 5.3;
    private static final double LENGTH_TOLERANCE = 0.15;
    @Inject
    AudioDecoder decoder;

    private static Path longVideo;
    private static Path shortVideo;
    /** Its picture: -shortest may let it run past the sound, by a varying amount. */
    private static double longVideoSeconds;

    @BeforeAll
    static void makeVideos() {
        TestJson.useDoubles();
        longVideo = FFmpegTool.videoWithSpeech(TestMedia.speech());
        shortVideo = FFmpegTool.videoWithSpeech(TestMedia.shortSpeech());
        longVideoSeconds = Streams.of(longVideo).videoSeconds();
    }

    @Test
    void shouldHoldLastFrameWhenNewAudioIsLonger() {
        var user = TestUsers.register();
        JsonPath result = generate(user, shortVideo, TestMedia.speech(), "mp4", "high");
        assertEquals(false, result.getBoolean("video_copied"));
        assertEquals(LONG_SPEECH - SHORT_SPEECH, result.getDouble("video_extended_seconds"), LENGTH_TOLERANCE);

        Streams out = Streams.of(download(user, result.getString("result_url"), ".mp4"));
        System.out.println("Dubbed mp4 (longer audio): " + out);
        assertEquals("h264 320x240", out.video());
        assertEquals("aac", out.audioCodec());
        assertEquals(LONG_SPEECH, out.audioSeconds(), LENGTH_TOLERANCE);
        assertEquals(LONG_SPEECH, out.videoSeconds(), LENGTH_TOLERANCE);
    }

    @Test
    void shouldCopyPictureAndPadShorterAudioWithSilence() {
        var user = TestUsers.register();
        JsonPath result = generate(user, longVideo, TestMedia.shortSpeech(), null, null);
        assertEquals(true, result.getBoolean("video_copied"));
        assertEquals(longVideoSeconds - SHORT_SPEECH, result.getDouble("audio_padded_seconds"), LENGTH_TOLERANCE);

        Path dubbed = download(user, result.getString("result_url"), ".mp4");
        Streams out = Streams.of(dubbed);
        PcmAudio sound = decoder.decode(dubbed, 16000);
        double speechDb = Levels.toDb(Levels.rms(sound.slice(0, SHORT_SPEECH - 0.3).samples()));
        double padDb = Levels.toDb(Levels.rms(sound.slice(SHORT_SPEECH + 0.1, longVideoSeconds).samples()));
        System.out.printf("Dubbed mp4 (shorter audio): %s, speech %.1f dBFS, padding %.1f dBFS%n", out, speechDb, padDb);
        assertTrue(speechDb > -40, "the new speech is heard: " + speechDb);
        assertTrue(padDb < -60, "the padding is silent: " + padDb);
        assertEquals("h264 320x240", out.video());
        assertEquals(longVideoSeconds, out.videoSeconds(), LENGTH_TOLERANCE);
        assertEquals(longVideoSeconds, out.audioSeconds(), LENGTH_TOLERANCE);
    }

    @Test
    void shouldMakeWebmAtLowQuality() {
        var user = TestUsers.register();
        JsonPath result = generate(user, longVideo, TestMedia.speech(), "webm", "low");
        given().header("Authorization", user.bearer()).get("/api/v1/files/" + result.getString("file_id"))
                .then().statusCode(200).body("kind", equalTo("video")).body("format", equalTo("webm"))
                .body("duration", closeTo(Math.max(longVideoSeconds, LONG_SPEECH), LENGTH_TOLERANCE));

        Streams out = Streams.of(download(user, result.getString("result_url"), ".webm"));
        System.out.println("Dubbed webm: " + out);
        assertEquals("vp8 320x240", out.video());
        assertEquals("opus", out.audioCodec());
    }

    @Test
    void shouldRefuseBadInputWithoutCreatingJob() {
        var user = TestUsers.register();
        var other = TestUsers.register();
        String videoId = TestUploads.upload(user, longVideo);
        String audioId = TestUploads.upload(user, TestMedia.shortSpeech());
        String silentVideo = TestUploads.upload(user, FFmpegTool.run(".mp4", "-f", "lavfi", "-i",
                "color=c=red:s=160x120:r=25", "-t", "2", "-c:v", "libopenh264", "-pix_fmt", "yuv420p"));
        String imageId = TestUploads.upload(user, TestMedia.portrait());
        String othersVideo = TestUploads.upload(other, longVideo);

        submit(user, body(null, audioId, null, null)).then().statusCode(400)
                .body("details.field", equalTo("original_video_id"));
        submit(user, body(videoId, null, null, null)).then().statusCode(400)
                .body("details.field", equalTo("cloned_audio_id"));
        submit(user, body(UUID.randomUUID().toString(), audioId, null, null)).then().statusCode(404);
        submit(user, body(othersVideo, audioId, null, null)).then().statusCode(404).body("error", equalTo("not_found"));
        submit(user, body(audioId, audioId, null, null)).then().statusCode(400)
                .body("details.field", equalTo("original_video_id"));
        submit(user, body(videoId, silentVideo, null, null)).then().statusCode(400)
                .body("details.field", equalTo("cloned_audio_id"));
        submit(user, body(videoId, imageId, null, null)).then().statusCode(400)
                .body("details.field", equalTo("cloned_audio_id"));
        submit(user, body(videoId, audioId, "avi", null)).then().statusCode(400)
                .body("details.field", equalTo("output_format"));
        submit(user, body(videoId, audioId, "mp4", "ultra")).then().statusCode(400)
                .body("details.field", equalTo("quality"));
        given().contentType(ContentType.JSON).body(body(videoId, audioId, null, null))
                .post("/api/v1/process/generate-video").then().statusCode(401);

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Job.count("ownerId", user.id())));
    }

    private static JsonPath generate(TestUsers.Account user, Path video, Path audio, String format, String quality) {
        String videoId = TestUploads.upload(user, video);
        String audioId = TestUploads.upload(user, audio);
        String jobId = submit(user, body(videoId, audioId, format, quality)).then().statusCode(202)
                .extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
    }

    private static Path download(TestUsers.Account user, String url, String suffix) {
        byte[] bytes = given().header("Authorization", user.bearer()).get(url).then().statusCode(200)
                .extract().asByteArray();
        return TestMedia.tempFile(suffix, bytes);
    }

    private static Map<String, Object> body(String videoId, String audioId, String format, String quality) {
        Map<String, Object> body = new HashMap<>();
        body.put("original_video_id", videoId);
        body.put("cloned_audio_id", audioId);
        body.put("output_format", format);
        body.put("quality", quality);
        return body;
    }

    private static io.restassured.response.Response submit(TestUsers.Account user, Map<String, Object> body) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/generate-video");
    }

    /** The first video and audio stream of a file as ffprobe measures them (durations from decoded packets). */
    record Streams(String video, double videoSeconds, String audioCodec, double audioSeconds) {

        static Streams of(Path file) {
            List<String> lines = ffprobe(file);
            String[] v = stream(lines, "video");
            String[] a = stream(lines, "audio");
            return new Streams(v[0] + " " + v[2] + "x" + v[3], lastPacketEnd(file, "v:0"), a[0],
                    lastPacketEnd(file, "a:0"));
        }

        private static String[] stream(List<String> lines, String type) {
            return lines.stream().map(l -> l.split(",")).filter(f -> f.length > 1 && f[1].equals(type))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + type + " stream: " + lines));
        }

        private static List<String> ffprobe(Path file) {
            return run("-show_entries", "stream=codec_name,codec_type,width,height", "-of", "csv=p=0",
                    file.toString());
        }

        private static double lastPacketEnd(Path file, String stream) {
            return run("-select_streams", stream, "-show_entries", "packet=pts_time,duration_time", "-of", "csv=p=0",
                    file.toString()).stream().filter(l -> !l.isBlank() && !l.contains("N/A"))
                    .mapToDouble(l -> Double.parseDouble(l.split(",")[0]) + Double.parseDouble(l.split(",")[1]))
                    .max().orElse(0);
        }

        private static List<String> run(String... args) {
            try {
                File dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform());
                List<String> command = new java.util.ArrayList<>(List.of(dir.toPath().resolve("ffprobe").toString(),
                        "-v", "error"));
                command.addAll(List.of(args));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes());
                process.waitFor(60, TimeUnit.SECONDS);
                return out.lines().map(String::strip).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
