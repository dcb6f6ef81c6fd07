package studio.loqui.dubbing.speakers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.audio.WavFiles;
import studio.loqui.media.dsp.PitchTrack;
import studio.loqui.media.dsp.YinPitchTracker;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.FFmpegTool;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUploads;
import studio.loqui.support.TestUsers;
import studio.loqui.support.VoiceFixtures;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A speaker heard again in a later dub of the same owner: two videos of the LibriVox reader (two different
 * recordings of him) and one of pocketsphinx's card reader, another man. The second video of the reader reuses
 * the voice the first gave him (his voice as first heard); the card reader is a new speaker. A caller's voice
 * mapped to the reader in a later dub wins over his registered voice and is remembered for the dubs after it;
 * deleting that voice returns the reader to his own. A speaker the owner forgets is heard as new.
 */
@QuarkusTest
@Tag("dubbing")
class DubRecognitionTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final int RATE = 16000;
    private static final Path CARDS = Path.of("/usr/share/pocketsphinx/test/data/cards");
    private static final Path ALSA = Path.of("/usr/share/sounds/alsa");

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldReuseTheVoiceOfTheManHeardAgainButNotGiveItToAnotherMan() {
        var user = TestUsers.register();
        String first = dub(user, FFmpegTool.videoWithSpeech(TestMedia.speech()), null);
        Map<String, Object> reader = mainSpeaker(result(user, first));
        assertEquals(false, reader.get("recognized"));
        assertNull(reader.get("recognized_from"));
        assertEquals("speaker", reader.get("voice"));

        JsonPath second = result(user, dub(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech()), null));
        Map<String, Object> again = mainSpeaker(second);
        System.out.println("First video: " + reader + "\nSecond video: " + again);
        assertEquals(true, again.get("recognized"), "the reader is not recognised: " + again);
        assertEquals(reader.get("speaker_id"), again.get("speaker_id"));
        assertEquals(first, again.get("recognized_from"));
        assertTrue(number(again, "similarity") >= SpeakerRecognition.SAME_SPEAKER_SCORE);
        assertEquals("speaker", again.get("voice"));
        assertEquals(number(reader, "median_pitch_hz"), number(again, "median_pitch_hz"), 1e-9,
                "the second video is dubbed in the voice as first heard, not cloned again");

        JsonPath stranger = result(user, dub(user, FFmpegTool.videoWithSpeech(joined(CARDS, "001.wav", "002.wav",
                "003.wav", "004.wav", "005.wav")), null));
        System.out.println("Card reader: " + stranger.getList("speakers"));
        for (Map<String, Object> speaker : stranger.<Map<String, Object>>getList("speakers")) {
            assertEquals(false, speaker.get("recognized"), "the card reader is taken for the reader: " + speaker);
            assertNotEquals(reader.get("speaker_id"), speaker.get("speaker_id"));
        }

        List<Map<String, Object>> known = given().header("Authorization", user.bearer())
                .get("/api/v1/process/dub/speakers").then().statusCode(200).extract().path("speakers");
        assertEquals(2, known.size(), "the reader and the card reader: " + known);
        assertEquals(reader.get("speaker_id"), known.get(0).get("speaker_id"));
        assertEquals(first, known.get(0).get("first_job_id"));
        given().header("Authorization", TestUsers.register().bearer())
                .delete("/api/v1/process/dub/speakers/" + reader.get("speaker_id")).then().statusCode(404);
        given().header("Authorization", user.bearer())
                .delete("/api/v1/process/dub/speakers/" + reader.get("speaker_id")).then().statusCode(204);
        given().header("Authorization", user.bearer())
                .delete("/api/v1/process/dub/speakers/" + reader.get("speaker_id")).then().statusCode(404);
        Map<String, Object> forgotten = mainSpeaker(result(user,
                dub(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech()), null)));
        assertEquals(false, forgotten.get("recognized"), "a forgotten speaker is still recognised: " + forgotten);
    }

    @Test
    void shouldKeepTheCallersVoiceForTheManUntilItIsDeleted() {
        var user = TestUsers.register();
        Path woman = joined(ALSA, "Front_Center.wav", "Front_Left.wav", "Front_Right.wav", "Rear_Center.wav",
                "Rear_Left.wav", "Rear_Right.wav", "Side_Left.wav", "Side_Right.wav");
        String profile = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Announcer", "audio_sample_id", TestUploads.upload(user, woman), "language", "en"))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
        double womanPitch = YinPitchTracker.forSpeech().track(DECODER.decode(woman, RATE)).medianHz();
        double manPitch = YinPitchTracker.forSpeech().track(DECODER.decode(TestMedia.speech(), RATE)).medianHz();

        String first = dub(user, FFmpegTool.videoWithSpeech(TestMedia.speech()), null);
        assertEquals("speaker", mainSpeaker(result(user, first)).get("voice"));
        JsonPath mapped = result(user, dub(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech()),
                Map.of("S1", profile)));
        Map<String, Object> chosen = mainSpeaker(mapped);
        assertEquals(true, chosen.get("recognized"), "the reader is not recognised: " + chosen);
        assertEquals(first, chosen.get("recognized_from"));
        assertEquals("voice_profile", chosen.get("voice"), "the caller's mapping does not win: " + chosen);
        assertEquals(profile, chosen.get("voice_profile_id"));

        JsonPath again = result(user, dub(user, FFmpegTool.videoWithSpeech(TestMedia.speech()), null));
        Map<String, Object> reader = mainSpeaker(again);
        System.out.println("Heard again with the caller's voice: " + reader);
        assertEquals(true, reader.get("recognized"));
        assertEquals(first, reader.get("recognized_from"));
        assertEquals("voice_profile", reader.get("voice"), "the mapping was not remembered for the reader");
        assertEquals(profile, reader.get("voice_profile_id"));
        double dubbed = dubbedPitch(user, again);
        System.out.printf("Dubbed at %.0f Hz; the announcer %.0f Hz, the reader %.0f Hz%n", dubbed, womanPitch, manPitch);
        assertEquals(0, PitchTrack.semitones(dubbed) - PitchTrack.semitones(womanPitch), 2.0,
                "the reader is not dubbed in the announcer's voice mapped to him in the first dub");

        given().header("Authorization", user.bearer()).delete("/api/v1/voices/profiles/" + profile).then()
                .statusCode(204);
        JsonPath own = result(user, dub(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech()), null));
        Map<String, Object> back = mainSpeaker(own);
        System.out.println("After the voice was deleted: " + back);
        assertEquals(true, back.get("recognized"));
        assertEquals("speaker", back.get("voice"));
        assertNull(back.get("voice_profile_id"));
        double ownPitch = dubbedPitch(user, own);
        assertEquals(0, PitchTrack.semitones(ownPitch) - PitchTrack.semitones(manPitch), 2.0,
                "after the voice was deleted the reader is not dubbed in his own voice: " + ownPitch + " Hz");
    }

    private static String dub(TestUsers.Account user, Path video, Map<String, String> speakerVoices) {
        Map<String, Object> body = new HashMap<>(Map.of("video_file_id", TestUploads.upload(user, video),
                "source_language", "en", "target_language", "es", "quality", "low"));
        if (speakerVoices != null) {
            body.put("speaker_voices", speakerVoices);
        }
        String jobId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/process/dub").then().statusCode(202).extract().path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        return jobId;
    }

    private static JsonPath result(TestUsers.Account user, String jobId) {
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId).then()
                .statusCode(200).extract().jsonPath().setRootPath("result");
    }

    private static Map<String, Object> mainSpeaker(JsonPath result) {
        return result.<Map<String, Object>>getList("speakers").stream()
                .max((a, b) -> Double.compare(number(a, "speech_seconds"), number(b, "speech_seconds"))).orElseThrow();
    }

    /** The median pitch of the dub's voice stem over its phrases. */
    private static double dubbedPitch(TestUsers.Account user, JsonPath result) {
        PcmAudio voice = DECODER.decode(TestMedia.tempFile(".wav", given().header("Authorization", user.bearer())
                .get(result.getString("stems.voice.url")).then().statusCode(200).extract().asByteArray()), RATE);
        List<Map<String, Object>> phrases = result.getList("phrases");
        assertFalse(phrases.isEmpty());
        return YinPitchTracker.forSpeech().track(voice.slice(number(phrases.get(0), "dubbed_start"),
                number(phrases.get(phrases.size() - 1), "dubbed_end"))).medianHz();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** The recordings one after another with 0.6 s pauses, as a 16 kHz WAV. */
    private static Path joined(Path dir, String... names) {
        int pause = (int) (0.6 * RATE);
        List<PcmAudio> parts = java.util.Arrays.stream(names).map(n -> DECODER.decode(dir.resolve(n), RATE)).toList();
        float[] sound = new float[pause + parts.stream().mapToInt(p -> p.length() + pause).sum()];
        int at = pause;
        for (PcmAudio part : parts) {
            System.arraycopy(part.samples(), 0, sound, at, part.length());
            at += part.length() + pause;
        }
        return TestMedia.tempFile(".wav", WavFiles.encode(new PcmAudio(sound, RATE)));
    }
}
