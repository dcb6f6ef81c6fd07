package studio.loqui.dubbing.dub;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.StereoPcm;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestMusic;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

import static io.restassured.RestAssured.given;
import static studio.loqui.dubbing.dub.ReaderDub.download;
import static studio.loqui.dubbing.dub.ReaderDub.number;
import static studio.loqui.dubbing.dub.ReaderDub.sentences;
import static studio.loqui.dubbing.dub.ReaderDub.wordsHeard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dub of a stereo video: a real reader in the centre, different chords hard left and hard right. The background
 * stem and the dub stay stereo, each channel's music keeps its level (within 3 dB) inside the speech, Vosk hears
 * at most a tenth of the original words in the background, and fewer than in the background of a dub of the same
 * video mixed down to mono. An edit of one phrase keeps the dub stereo.
 */
@QuarkusTest
@Tag("voice")
class DubStereoTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final int RATE = 32000;
    private static final double TONE = 0.02;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldRemoveTheCentredVoiceAndKeepBothChannelsOfMusic() {
        PcmAudio speech = sentences(RATE);
        PcmAudio left = TestMusic.chords(ReaderDub.SECONDS, RATE, TONE, 0);
        PcmAudio right = TestMusic.chords(ReaderDub.SECONDS, RATE, TONE, 1);
        StereoPcm sound = new StereoPcm(TestMusic.mix(left, speech), TestMusic.mix(right, speech));
        Path video = videoWith(TestMedia.tempFile(".wav", WavFiles.encode(sound)), 2);
        Path monoVideo = videoWith(video, 1);
        var user = TestUsers.register();

        String stereoJob = dub(user, video);
        JsonPath stereoDub = completed(user, stereoJob);
        JsonPath monoDub = completed(user, dub(user, monoVideo));
        List<Map<String, Object>> phrases = stereoDub.getList("phrases");
        DoublePredicate inSpeech = t -> phrases.stream().anyMatch(p -> t >= number(p, "start") && t < number(p, "end"));

        Path stemFile = download(user, stereoDub.getString("stems.background.url"), ".wav");
        StereoPcm stem = DECODER.decodeStereo(stemFile, RATE);
        double leftGap = TestMusic.levelDb(stem.left(), inSpeech, 0) - TestMusic.levelDb(left, inSpeech, 0);
        double rightGap = TestMusic.levelDb(stem.right(), inSpeech, 1) - TestMusic.levelDb(right, inSpeech, 1);
        double stereoWords = wordsHeard(heardIn(stemFile));
        double monoWords = wordsHeard(heardIn(download(user, monoDub.getString("stems.background.url"), ".wav")));
        StereoPcm dubbed = DECODER.decodeStereo(download(user, stereoDub.getString("result_url"), ".mp4"), RATE);
        System.out.printf("Stereo dub: music %+.2f dB left, %+.2f dB right in the background stem; Vosk hears"
                + " %.0f %% of the original words in it, %.0f %% in the mono dub's background%n",
                leftGap, rightGap, 100 * stereoWords, 100 * monoWords);

        assertEquals(0, leftGap, 3.0, "left music level in the background stem");
        assertEquals(0, rightGap, 3.0, "right music level in the background stem");
        assertTrue(stereoWords <= 0.10, "the stereo background still speaks");
        assertTrue(stereoWords < monoWords, "the stereo background speaks as much as the mono one");
        assertTrue(!stem.isMono() && sideLevel(dubbed) > 0.5 * TONE, "the dub lost its stereo image");
        assertEquals(sound.durationSeconds(), dubbed.durationSeconds(), 0.04, "duration off by over a frame");

        String editJob = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("translation", "hasta mañana amigos"))
                .patch("/api/v1/process/dub/" + stereoJob + "/phrases/1").then().statusCode(202)
                .extract().<String>path("job_id");
        StereoPcm edited = DECODER.decodeStereo(download(user, completed(user, editJob).getString("result_url"),
                ".mp4"), RATE);
        System.out.printf("Stereo dub: side level %.4f in the dub, %.4f after an edit%n", sideLevel(dubbed),
                sideLevel(edited));
        assertTrue(sideLevel(edited) > 0.5 * TONE, "the edited dub lost its stereo image");
    }

    private static String dub(TestUsers.Account user, Path video) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, video), "source_language", "en",
                        "target_language", "es", "quality", "low"))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
    }

    private static JsonPath completed(TestUsers.Account user, String jobId) {
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
    }

    /** An H.264/AAC MP4 of a coloured frame with {@code sound}'s audio in {@code channels} channels. */
    private static Path videoWith(Path sound, int channels) {
        return FFmpegTool.run(".mp4", "-f", "lavfi", "-i", "color=c=teal:s=320x240:r=25", "-i", sound.toString(),
                "-map", "0:v", "-map", "1:a", "-shortest", "-c:v", "libopenh264", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "192k", "-ac", Integer.toString(channels));
    }

    private static String heardIn(Path wav) {
        return studio.loqui.media.TestMedia.RECOGNIZER.recognize(
                Resampler.toRate(DECODER.decode(wav, RATE), 16000), "en").text();
    }

    /** RMS of half the channels' difference. */
    private static double sideLevel(StereoPcm audio) {
        double sum = 0;
        for (int n = 0; n < audio.length(); n++) {
            double side = 0.5 * (audio.left().samples()[n] - audio.right().samples()[n]);
            sum += side * side;
        }
        return Math.sqrt(sum / audio.length());
    }
}
