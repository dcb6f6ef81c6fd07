package studio.loqui.lipsync;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.HaarMouthMeter;
import studio.loqui.support.LipSyncMeasurement;
import studio.loqui.support.MovingFaceVideo;
import studio.loqui.support.RawFrames;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/process/lip-sync} on a video of a moving real face with a face-less card in the middle,
 * synced to another speaker (the ALSA test voice), measured from the downloaded video by another detector;
 * a video without any face; a file that is not audio; and {@code lip_sync: true} on a dub, also with its
 * picture slowed.
 */
@QuarkusTest
@Tag("avatar")
class LipSyncResourceTest {

    private static final FFmpegBinaries FFMPEG = new FFmpegBinaries();
    private static final AudioDecoder DECODER = new AudioDecoder(FFMPEG);
    private static final double LEAD = 1.0;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldLipSyncAMovingFaceToOtherSpeechAndPassFacelessFramesThrough() throws Exception {
        var user = TestUsers.register();
        MovingFaceVideo moving = new MovingFaceVideo(480, 360, 25, 150, 70, 95);
        Path source = moving.write(FFMPEG.ffmpeg(), TestMedia.portrait(), TestMedia.speech(),
                Files.createTempFile("moving", ".mp4"));
        Path alsa = Path.of("/usr/share/sounds/alsa");
        Path other = FFmpegTool.run(".wav", "-i", alsa.resolve("Front_Center.wav").toString(),
                "-i", alsa.resolve("Rear_Right.wav").toString(), "-i", alsa.resolve("Side_Left.wav").toString(),
                "-i", alsa.resolve("Front_Left.wav").toString(), "-filter_complex",
                "[0][1][2][3]concat=n=4:v=0:a=1,aresample=16000,adelay=" + (int) (LEAD * 1000) + ",apad=whole_dur=6",
                "-ac", "1", "-ar", "16000");
        String job = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, source),
                        "audio_file_id", TestUploads.upload(user, other), "output_format", "mkv"))
                .post("/api/v1/process/lip-sync").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, job));
        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + job)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        assertEquals(moving.frames, result.getInt("frames"), 1);
        assertEquals(moving.frames * 1.0 / moving.fps, result.getDouble("duration"), 0.05);
        assertTrue(result.getInt("frames_passed_through") >= moving.facelessTo - moving.facelessFrom);
        assertEquals(result.getInt("frames"), result.getInt("frames_with_face") + result.getInt("frames_passed_through"));
        Path synced = TestMedia.tempFile(".mkv", given().header("Authorization", user.bearer())
                .get(result.getString("result_url")).then().statusCode(200).extract().asByteArray());

        float[] speech = DECODER.decode(other, 16000).samples();
        LipSyncMeasurement m = LipSyncMeasurement.of(FFMPEG.ffmpeg(), moving, source, synced, speech, LEAD);
        System.out.println("Lip-sync through the API: " + m + ", " + result.getMap(""));
        assertEquals(m.facelessCompared(), m.facelessIdentical(), "face-less frames changed");
        assertEquals(moving.facelessTo - moving.facelessFrom, m.facelessCompared());
        assertTrue(m.measured() > 0.5 * (moving.frames - m.facelessCompared()), "measured " + m.measured());
        assertTrue(m.r() >= 0.5, "mouth opening against the new speech: r = " + m.r());
        assertTrue(m.silentOpening() <= m.silentSourceOpening() + 0.1 * m.widest(), "open in silence: " + m);
        double sound = DECODER.decode(synced, 16000).durationSeconds();
        assertEquals(moving.frames * 1.0 / moving.fps, sound, 0.1, "the new sound lasts as long as the picture");
    }

    @Test
    void shouldPassEveryFrameOfAFacelessVideoThroughAndSaySo() throws Exception {
        var user = TestUsers.register();
        Path source = FFmpegTool.videoWithSpeech(TestMedia.shortSpeech());
        String job = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, source),
                        "audio_file_id", TestUploads.upload(user, TestMedia.speech()), "quality", "low"))
                .post("/api/v1/process/lip-sync").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, job));
        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + job).then()
                .body("result.frames_with_face", equalTo(0))
                .body("result.message", containsString("No face was found")).extract().jsonPath().setRootPath("result");
        int frames = result.getInt("frames");
        // FFmpeg's -shortest ends the made-up source near the speech's 5.3 s, a few frames either way under load
        assertEquals(frameCount(source), frames);
        assertEquals(5.3 * 25, frames, 25);
        assertEquals(frames, result.getInt("frames_passed_through"));
        assertEquals(frames + " face-less frames (1 of 1 groups of pictures) copied from the source as coded,"
                + " the other frames re-encoded", result.getString("picture_note"));
        Path synced = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer())
                .get(result.getString("result_url")).then().statusCode(200).extract().asByteArray());
        assertDecodesTheSame(source, synced, frames);
    }

    private static int frameCount(Path video) throws Exception {
        int count = 0;
        try (RawFrames frames = new RawFrames(FFMPEG.ffmpeg(), video, 320, 240)) {
            while (frames.next() != null) {
                count++;
            }
        }
        return count;
    }

    /** Every one of {@code frames} frames of {@code out} decodes to the bytes of the source's frame. */
    private static void assertDecodesTheSame(Path source, Path out, int frames) throws Exception {
        try (RawFrames before = new RawFrames(FFMPEG.ffmpeg(), source, 320, 240);
             RawFrames after = new RawFrames(FFMPEG.ffmpeg(), out, 320, 240)) {
            for (int f = 0; f < frames; f++) {
                byte[] a = before.next();
                assertTrue(a != null && java.util.Arrays.equals(a, after.next()), "frame " + f + " changed");
            }
            assertEquals(null, after.next(), "the output has more frames than the source");
        }
    }

    @Test
    void shouldRefuseAnAudioFileThatIsNotAudio() {
        var user = TestUsers.register();
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech())),
                        "audio_file_id", TestUploads.upload(user, TestMedia.portrait())))
                .post("/api/v1/process/lip-sync").then().statusCode(400)
                .body("details.field", equalTo("audio_file_id")).body("message", containsString("no audio track"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, TestMedia.speech()),
                        "audio_file_id", TestUploads.upload(user, TestMedia.speech())))
                .post("/api/v1/process/lip-sync").then().statusCode(400).body("details.field", equalTo("video_file_id"));
    }

    @Test
    void shouldLipSyncADubToTheDubbedSpeech() throws Exception {
        var user = TestUsers.register();
        MovingFaceVideo moving = new MovingFaceVideo(480, 360, 25, 130, 0, 0);
        Path source = moving.write(FFMPEG.ffmpeg(), TestMedia.portrait(), TestMedia.shortSpeech(),
                Files.createTempFile("speaker", ".mp4"));
        String job = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, source), "source_language", "en",
                        "target_language", "es", "quality", "high", "lip_sync", true))
                .post("/api/v1/process/dub").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, job), () -> given().header("Authorization",
                user.bearer()).get("/api/v1/process/status/" + job).asString());
        String url = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + job)
                .then().statusCode(200).extract().path("result.result_url");
        Path dubbed = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer()).get(url)
                .then().statusCode(200).extract().asByteArray());
        double[] before = openings(source, moving);
        double[] after = openings(dubbed, moving);
        System.out.printf("Dub with lip-sync: mouth opening spread %.4f (source %.4f), widest %.4f (source %.4f)%n",
                spread(after), spread(before), max(after), max(before));
        assertTrue(max(after) > max(before) + 0.02, "the dubbed face's mouth never opened");
        assertTrue(spread(after) > 2 * spread(before), "the dubbed face's mouth does not move");

        String edit = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("translation", "Sí.")).patch("/api/v1/process/dub/" + job + "/phrases/0")
                .then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, edit), () -> given().header("Authorization",
                user.bearer()).get("/api/v1/process/status/" + edit).asString());
        String editUrl = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + edit)
                .then().statusCode(200).extract().path("result.result_url");
        Path edited = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer()).get(editUrl)
                .then().statusCode(200).extract().asByteArray());
        assertMouthFollowsTheEdit(moving, before, after, openings(edited, moving), envelope(dubbed, moving),
                envelope(edited, moving));
    }

    /**
     * {@code lip_sync} with {@code slow_picture}: a first cue that cannot be said in its 1.5 s even at 1.25x slows
     * the picture under it, and the face in the longer picture still mouths the dubbed speech. The dub has as many
     * more frames as the reported slowing (within one), and its mouth opens wider and moves more than the source's.
     */
    @Test
    void shouldLipSyncADubWhosePictureWasSlowed() throws Exception {
        var user = TestUsers.register();
        MovingFaceVideo moving = new MovingFaceVideo(480, 360, 25, 130, 0, 0);
        Path source = moving.write(FFMPEG.ffmpeg(), TestMedia.portrait(), TestMedia.shortSpeech(),
                Files.createTempFile("speaker", ".mp4"));
        String srt = "1\n00:00:00,300 --> 00:00:01,800\nel hombre tuvo entonces todo el tiempo para pensar\n\n"
                + "2\n00:00:01,800 --> 00:00:05,000\nla casa es grande\n";
        String job = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, source), "source_language", "es",
                        "target_language", "en", "quality", "low", "transcript", srt, "lip_sync", true,
                        "slow_picture", true))
                .post("/api/v1/process/dub").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, job), () -> given().header("Authorization",
                user.bearer()).get("/api/v1/process/status/" + job).asString());
        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + job)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        double slowed = result.getDouble("picture_slowed_seconds");
        Path dubbed = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer())
                .get(result.getString("result_url")).then().statusCode(200).extract().asByteArray());
        int frames = frameCount(dubbed, moving);
        MovingFaceVideo longer = new MovingFaceVideo(moving.width, moving.height, moving.fps, frames, 0, 0);
        double[] before = openings(source, moving);
        double[] after = openings(dubbed, longer);
        System.out.printf("Slowed lip-synced dub: %.3f s slowed, %d frames (source %d), mouth spread %.4f (source "
                + "%.4f), widest %.4f (source %.4f)%n", slowed, frames, moving.frames, spread(after), spread(before),
                max(after), max(before));
        assertTrue(slowed > 0.1, "the picture was not slowed: " + slowed);
        assertEquals(moving.frames + slowed * moving.fps, frames, 1.0, "frames of the slowed dub");
        assertTrue(max(after) > max(before) + 0.02, "the dubbed face's mouth never opened");
        assertTrue(spread(after) > 2 * spread(before), "the dubbed face's mouth does not move");
    }

    private static int frameCount(Path video, MovingFaceVideo size) throws Exception {
        int count = 0;
        try (RawFrames frames = new RawFrames(FFMPEG.ffmpeg(), video, size.width, size.height)) {
            while (frames.next() != null) {
                count++;
            }
        }
        return count;
    }

    /** Where the first dub spoke and the edit (a one-word phrase) is silent, the edit's mouth is back near closed. */
    private static void assertMouthFollowsTheEdit(MovingFaceVideo moving, double[] source, double[] first,
                                                  double[] edit, double[] firstSound, double[] editSound) {
        double loud = 0.15 * max(firstSound);
        double sourceOpen = 0, firstOpen = 0, editOpen = 0;
        int frames = 0;
        for (int f = 2; f < moving.frames - 2; f++) {
            boolean firstSpoke = Math.min(firstSound[f - 2], firstSound[f + 2]) > loud;
            if (firstSpoke && Math.max(editSound[f - 2], editSound[f + 2]) < 0.4 * loud) {
                sourceOpen += source[f];
                firstOpen += first[f];
                editOpen += edit[f];
                frames++;
            }
        }
        System.out.printf("Edited lip-synced dub: %d frames silenced, opening source %.4f, first dub %.4f, edit %.4f%n",
                frames, sourceOpen / frames, firstOpen / frames, editOpen / frames);
        assertTrue(frames >= 10, "the edit silenced only " + frames + " frames");
        assertTrue(editOpen - sourceOpen < 0.5 * (firstOpen - sourceOpen),
                "the edited dub's mouth still says the old phrase");
    }

    /** The sound's RMS level in each picture frame. */
    private static double[] envelope(Path video, MovingFaceVideo moving) {
        float[] sound = DECODER.decode(video, 16000).samples();
        double[] level = new double[moving.frames];
        int per = 16000 / moving.fps;
        for (int f = 0; f < level.length; f++) {
            double sum = 0;
            for (int i = f * per; i < Math.min(sound.length, (f + 1) * per); i++) {
                sum += sound[i] * sound[i];
            }
            level[f] = Math.sqrt(sum / per);
        }
        return level;
    }

    private static double[] openings(Path video, MovingFaceVideo moving) throws Exception {
        HaarMouthMeter meter = new HaarMouthMeter();
        double[] open = new double[moving.frames];
        try (RawFrames frames = new RawFrames(FFMPEG.ffmpeg(), video, moving.width, moving.height)) {
            for (int f = 0; f < moving.frames; f++) {
                byte[] frame = frames.next();
                double o = frame == null ? Double.NaN : meter.opening(frame, moving.width, moving.height);
                open[f] = Double.isNaN(o) ? 0 : o;
            }
        }
        return open;
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    private static double spread(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElse(0));
    }
}
