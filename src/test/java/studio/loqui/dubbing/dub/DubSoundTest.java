package studio.loqui.dubbing.dub;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
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
 * A dub of a video in which a real reader speaks two sentences over chords the test makes: the phrases are the
 * two sentences, each dubbed one starts within 100 ms of its original and ends before the next, the sound lasts
 * as long as the original within a frame, and the music stays at its level (within 3 dB) in the background
 * stem and under the dubbed voice, while Vosk hears at most a tenth of the original words in the background;
 * the source and target subtitles are served and the MP4 carries the target ones as a soft track.
 */
@QuarkusTest
@Tag("voice")
class DubSoundTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final int RATE = 32000;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldKeepTheMusicUnderADubThatKeepsToThePicture() throws Exception {
        PcmAudio music = TestMusic.chords(16.0, RATE, 0.02);
        PcmAudio speech = sentences(RATE);
        PcmAudio sound = TestMusic.mix(music, speech);
        Path video = FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav", WavFiles.encode(sound)));
        var user = TestUsers.register();
        String jobId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, video), "source_language", "en",
                        "target_language", "es", "quality", "low"))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        List<Map<String, Object>> phrases = result.getList("phrases");
        System.out.println("Dubbed phrases: " + phrases);

        assertEquals(2, phrases.size(), "one phrase per sentence: " + phrases);
        for (int i = 0; i < phrases.size(); i++) {
            Map<String, Object> p = phrases.get(i);
            assertEquals(0, number(p, "drift"), 0.1, "phrase " + i + " starts late");
            assertEquals(number(p, "start"), number(p, "dubbed_start"), 0.1);
            assertTrue(number(p, "tempo") <= 1.25 + 1e-9, "phrase " + i + " hurried: " + p);
            double next = i + 1 < phrases.size() ? number(phrases.get(i + 1), "start") : sound.durationSeconds();
            assertTrue(number(p, "dubbed_end") < next, "phrase " + i + " runs into the next: " + p);
        }

        PcmAudio dubbed = DECODER.decode(download(user, result.getString("result_url"), ".mp4"), RATE);
        PcmAudio originalSound = DECODER.decode(video, RATE);
        assertEquals(originalSound.durationSeconds(), dubbed.durationSeconds(), 0.04, "duration off by over a frame");

        PcmAudio background = DECODER.decode(download(user, result.getString("stems.background.url"), ".wav"), RATE);
        DoublePredicate inSpeech = t -> phrases.stream().anyMatch(p -> t >= number(p, "start") && t < number(p, "end"));
        DoublePredicate underDub = t -> phrases.stream()
                .anyMatch(p -> t >= number(p, "dubbed_start") && t < number(p, "dubbed_end"));
        double stemGap = TestMusic.levelDb(background, inSpeech) - TestMusic.levelDb(music, inSpeech);
        double dubGap = TestMusic.levelDb(dubbed, underDub) - TestMusic.levelDb(music, underDub);
        String heard = studio.loqui.media.TestMedia.RECOGNIZER.recognize(Resampler.toRate(background, 16000), "en")
                .text();
        double wordsLeft = wordsHeard(heard);
        PcmAudio voiceStem = DECODER.decode(download(user, result.getString("stems.voice.url"), ".wav"), RATE);
        System.out.printf("Dub sound: music %+.2f dB in the background stem, %+.2f dB under the dubbed voice;"
                        + " Vosk hears %.0f %% of the original words in the background (\"%s\"); voice stem %.2f s%n",
                stemGap, dubGap, 100 * wordsLeft, heard, voiceStem.durationSeconds());
        assertEquals(0, stemGap, 3.0, "music level in the background stem");
        assertEquals(0, dubGap, 3.0, "music level under the dubbed speech");
        assertTrue(wordsLeft <= 0.10, "the background still speaks: " + heard);
        assertTrue(studio.loqui.media.audio.Levels.rms(voiceStem.samples()) > 0.005, "the voice stem is silent");

        String lastTranslation = (String) phrases.get(1).get("translation");
        String lastWord = lastTranslation.strip().substring(lastTranslation.strip().lastIndexOf(' ') + 1);
        String target = given().header("Authorization", user.bearer()).get(result.getString("subtitles_url"))
                .then().statusCode(200).contentType("application/x-subrip").extract().asString();
        assertTrue(target.startsWith("1\n") && target.contains(" --> ") && target.contains(lastWord), target);
        String source = given().header("Authorization", user.bearer())
                .get(result.getString("subtitles_url") + "?language=source&format=vtt")
                .then().statusCode(200).contentType("text/vtt").extract().asString();
        assertTrue(source.startsWith("WEBVTT") && source.contains("dashwood"), source);
        String carried = java.nio.file.Files.readString(FFmpegTool.run(".srt", "-i",
                download(user, result.getString("result_url"), ".mp4").toString(), "-map", "0:s:0"));
        assertTrue(carried.contains(lastWord), "the video's subtitle track: " + carried);
        given().header("Authorization", user.bearer()).get(result.getString("subtitles_url") + "?format=ass")
                .then().statusCode(400);
        given().header("Authorization", TestUsers.register().bearer()).get(result.getString("subtitles_url"))
                .then().statusCode(404);
    }

    @Test
    void shouldFailADubOfMusicWithoutSpeechWithTheReason() {
        Path video = FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav",
                WavFiles.encode(TestMusic.chords(6.0, RATE, 0.05))));
        var user = TestUsers.register();
        String jobId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, video), "target_language", "es"))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
        assertEquals("failed", VoiceFixtures.awaitJob(user, jobId));
        given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId).then()
                .body("error", org.hamcrest.Matchers.containsString("No speech"))
                .body("result_url", org.hamcrest.Matchers.nullValue());
    }
}
