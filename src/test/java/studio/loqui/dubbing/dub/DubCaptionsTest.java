package studio.loqui.dubbing.dub;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.bytedeco.javacpp.Loader;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code burn_captions: true} on a dub of the NASA portrait speaking the LibriVox reader, with 1.5 s of silence
 * before and after him: the delivered MP4's frames, decoded and compared with the source's, change at the
 * bottom of the picture while a dubbed phrase is shown (pixels moved by more than re-encoding moves any)
 * and stay as they were (within what re-encoding changes) before, after and above it. An edit of the
 * phrase to a one-word translation draws that word in its short span, and the frames the first dub's long
 * caption covered beyond it are as they were.
 */
@QuarkusTest
@Tag("dubbing")
class DubCaptionsTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 25;
    private static final double LEAD = 1.5;
    /** Frames this close to a phrase's start or end are not judged: the caption's edge falls between frames. */
    private static final double EDGE = 0.1;
    private static final int CAPTION_ROWS_FROM = (int) (HEIGHT * 0.7);
    private static final int CHANGED = 60;
    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldBurnTheTranslationIntoThePictureOnlyWhileItIsSpoken() throws Exception {
        PcmAudio speech = DECODER.decode(TestMedia.speech(), 16000);
        float[] padded = new float[speech.length() + (int) (2 * LEAD * 16000)];
        System.arraycopy(speech.samples(), 0, padded, (int) (LEAD * 16000), speech.length());
        Path sound = TestMedia.tempFile(".wav", WavFiles.encode(new PcmAudio(padded, 16000)));
        Path video = FFmpegTool.run(".mp4", "-loop", "1", "-framerate", String.valueOf(FPS),
                "-i", TestMedia.portrait().toString(), "-i", sound.toString(), "-shortest",
                "-vf", "scale=" + WIDTH + ":" + HEIGHT + ",format=yuv420p", "-c:v", "libopenh264", "-b:v", "2M",
                "-c:a", "aac", "-b:a", "64k");
        var user = TestUsers.register();
        String jobId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, video), "source_language", "en",
                        "target_language", "es", "quality", "high", "burn_captions", true))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        assertEquals(true, result.getBoolean("burned_captions"));
        List<Map<String, Object>> phrases = result.getList("phrases");
        Path dubbed = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer())
                .get(result.getString("result_url")).then().statusCode(200).extract().asByteArray());

        List<byte[]> source = frames(video);
        Measured dub = Measured.of(source, frames(dubbed), phrases);
        System.out.println("Burned captions: " + dub);
        dub.requireCaptionsOnlyInPhrases(3 * FPS);

        String editId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("translation", "Hola")).patch("/api/v1/process/dub/" + jobId + "/phrases/0")
                .then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, editId));
        JsonPath edit = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + editId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        Path edited = TestMedia.tempFile(".mp4", given().header("Authorization", user.bearer())
                .get(edit.getString("result_url")).then().statusCode(200).extract().asByteArray());
        Measured corrected = Measured.of(source, frames(edited), edit.getList("phrases"));
        System.out.println("After phrase 0 was corrected to 'Hola': " + corrected);
        corrected.requireCaptionsOnlyInPhrases(1);
        assertTrue(corrected.outside() > dub.outside() + 2 * FPS, "the first dub's long caption was not taken out"
                + " of the frames the corrected one no longer covers: " + corrected);
    }

    /** How much of the bottom of the frames changed, inside the phrases and outside them, and above the bottom. */
    private record Measured(int inside, double insideMean, double insideLeast, double insideAbove, int outside,
                            double outsideMean, double outsideWorst) {

        static Measured of(List<byte[]> before, List<byte[]> after, List<Map<String, Object>> phrases) {
            double insideSum = 0;
            double insideAbove = 0;
            double insideLeast = 1;
            double outsideSum = 0;
            double outsideWorst = 0;
            int inside = 0;
            int outside = 0;
            for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
                double t = i / (double) FPS;
                double caption = changedShare(before.get(i), after.get(i), CAPTION_ROWS_FROM, HEIGHT);
                double above = changedShare(before.get(i), after.get(i), 0, CAPTION_ROWS_FROM);
                switch (when(phrases, t)) {
                    case INSIDE -> {
                        inside++;
                        insideSum += caption;
                        insideAbove = Math.max(insideAbove, above);
                        insideLeast = Math.min(insideLeast, caption);
                    }
                    case OUTSIDE -> {
                        outside++;
                        outsideSum += caption;
                        outsideWorst = Math.max(outsideWorst, caption);
                    }
                    case EDGE -> { }
                }
            }
            return new Measured(inside, insideSum / Math.max(1, inside), insideLeast, insideAbove, outside,
                    outsideSum / Math.max(1, outside), outsideWorst);
        }

        void requireCaptionsOnlyInPhrases(int framesInside) {
            assertTrue(inside >= framesInside && outside > 2 * FPS, inside + " frames inside, " + outside + " outside");
            assertTrue(insideLeast > 0.002, "a frame inside a phrase has no caption: " + this);
            assertTrue(outsideWorst < 0.001, "a frame outside the phrases changed at the bottom: " + this);
            assertTrue(insideAbove < 0.001, "the picture above the caption changed: " + this);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d frames inside phrases, %.2f %% of the bottom changed on"
                    + " average, at least %.2f %% (above it at most %.3f %%); %d frames outside, %.3f %% on average,"
                    + " at most %.3f %%", inside, 100 * insideMean, 100 * insideLeast, 100 * insideAbove, outside,
                    100 * outsideMean, 100 * outsideWorst);
        }
    }

    private enum When { INSIDE, OUTSIDE, EDGE }

    private static When when(List<Map<String, Object>> phrases, double t) {
        for (Map<String, Object> p : phrases) {
            double start = ((Number) p.get("dubbed_start")).doubleValue();
            double end = ((Number) p.get("dubbed_end")).doubleValue();
            if (t >= start + EDGE && t < end - EDGE) {
                return When.INSIDE;
            }
            if (t >= start - EDGE && t < end + EDGE) {
                return When.EDGE;
            }
        }
        return When.OUTSIDE;
    }

    /**
     * The share of the pixels of rows {@code from} to {@code to} whose colour moved by more than
     * {@link #CHANGED}: more than re-encoding moves any (its changes stay within a few levels).
     */
    private static double changedShare(byte[] a, byte[] b, int from, int to) {
        int changed = 0;
        for (int at = from * WIDTH * 3; at < to * WIDTH * 3; at += 3) {
            int diff = 0;
            for (int c = 0; c < 3; c++) {
                diff = Math.max(diff, Math.abs((a[at + c] & 0xFF) - (b[at + c] & 0xFF)));
            }
            changed += diff > CHANGED ? 1 : 0;
        }
        return changed / (double) ((to - from) * WIDTH);
    }

    private static List<byte[]> frames(Path video) throws IOException, InterruptedException {
        Path dir = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform()).toPath();
        Process process = new ProcessBuilder(dir.resolve("ffmpeg").toString(), "-v", "error", "-i", video.toString(),
                "-map", "0:v:0", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] all;
        try (InputStream in = process.getInputStream()) {
            all = in.readAllBytes();
        }
        assertEquals(0, process.waitFor());
        int size = WIDTH * HEIGHT * 3;
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at + size <= all.length; at += size) {
            frames.add(Arrays.copyOfRange(all, at, at + size));
        }
        return frames;
    }
}
