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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A man (LibriVox) and a woman (Asterisk prompts) alternating: the dub tells them apart (at least 90 % of the
 * speech time under the right speaker) and speaks each dubbed phrase within 2 semitones of its own speaker.
 */
@QuarkusTest
@Tag("voice")
class DubSpeakersTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final int RATE = 16000;
    private static final double PAUSE = 1.0;
    private static final Path MAN = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    private static final Path WOMAN = Path.of("/usr/share/asterisk/sounds/en_US_f_Allison");

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    /** A clip of the recording and who says it. */
    private record Turn(boolean man, PcmAudio audio) {
    }

    @Test
    void shouldDubTheSpeakerTheCallerMapsInTheCallersVoice() {
        var user = TestUsers.register();
        String profile = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "Reader", "audio_sample_id", TestUploads.upload(user, TestMedia.speech()),
                        "language", "en"))
                .post("/api/v1/voices/create-profile").then().statusCode(201).extract().path("id");
        String videoId = TestUploads.upload(user, FFmpegTool.videoWithSpeech(TestMedia.shortSpeech()));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", videoId, "target_language", "es", "speaker_voices", Map.of("Bob", profile)))
                .post("/api/v1/process/dub").then().statusCode(400).body("details.field",
                        org.hamcrest.Matchers.equalTo("speaker_voices"));
        String jobId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", videoId, "target_language", "es", "quality", "low",
                        "speaker_voices", Map.of("S1", profile)))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId).then()
                .body("result.speakers[0].label", org.hamcrest.Matchers.equalTo("S1"))
                .body("result.speakers[0].voice", org.hamcrest.Matchers.equalTo("voice_profile"));
    }

    @Test
    void shouldDubEachSpeakerInTheirOwnVoice() {
        List<Turn> turns = List.of(new Turn(true, man("0870")), new Turn(false, woman("cannot-complete-as-dialed")),
                new Turn(true, man("0890")), new Turn(false, woman("conf-waitforleader")));
        double[] starts = new double[turns.size()];
        float[] sound = new float[(int) (RATE * (PAUSE + turns.stream()
                .mapToDouble(t -> t.audio().durationSeconds() + PAUSE).sum()))];
        int at = (int) (PAUSE * RATE);
        for (int i = 0; i < turns.size(); i++) {
            starts[i] = at / (double) RATE;
            System.arraycopy(turns.get(i).audio().samples(), 0, sound, at, turns.get(i).audio().length());
            at += turns.get(i).audio().length() + (int) (PAUSE * RATE);
        }
        double manPitch = pitch(turns, true);
        double womanPitch = pitch(turns, false);
        Path video = FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav", WavFiles.encode(new PcmAudio(sound, RATE))));
        var user = TestUsers.register();
        String jobId = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, video), "source_language", "en",
                        "target_language", "es", "quality", "low"))
                .post("/api/v1/process/dub").then().statusCode(202).extract().<String>path("job_id");
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        JsonPath result = given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
        List<Map<String, Object>> phrases = result.getList("phrases");
        System.out.println("Speakers: " + result.getList("speakers") + "\nPhrases: " + phrases);
        assertEquals(2, result.getList("speakers").size());

        Map<String, Map<Boolean, Double>> secondsByLabel = new HashMap<>();
        double total = 0;
        for (Map<String, Object> p : phrases) {
            double start = number(p, "start");
            double seconds = number(p, "end") - start;
            boolean man = turns.get(turnAt(starts, start)).man();
            secondsByLabel.computeIfAbsent((String) p.get("speaker"), k -> new HashMap<>()).merge(man, seconds, Double::sum);
            total += seconds;
        }
        double right = secondsByLabel.values().stream()
                .mapToDouble(m -> m.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)).sum();
        assertTrue(secondsByLabel.size() == 2 && right / total >= 0.9, "speech time attributed right: "
                + right / total + " " + secondsByLabel);

        PcmAudio voice = DECODER.decode(TestMedia.tempFile(".wav", given().header("Authorization", user.bearer())
                .get(result.getString("stems.voice.url")).then().statusCode(200).extract().asByteArray()), RATE);
        for (Map<String, Object> p : phrases) {
            boolean man = turns.get(turnAt(starts, number(p, "start"))).man();
            double dubbed = YinPitchTracker.forSpeech().track(voice.slice(number(p, "dubbed_start"),
                    number(p, "dubbed_end"))).medianHz();
            double gap = PitchTrack.semitones(dubbed) - PitchTrack.semitones(man ? manPitch : womanPitch);
            System.out.printf("Dubbed phrase at %.2f s (%s): %.0f Hz, %+.2f st from the speaker%n",
                    number(p, "start"), man ? "man" : "woman", dubbed, gap);
            assertEquals(0, gap, 2.0, "phrase at " + p.get("start") + " is off its speaker's pitch");
        }
    }

    private static int turnAt(double[] starts, double t) {
        int turn = 0;
        for (int i = 0; i < starts.length; i++) {
            if (t >= starts[i] - PAUSE / 2) {
                turn = i;
            }
        }
        return turn;
    }

    private static double pitch(List<Turn> turns, boolean man) {
        float[] joined = turns.stream().filter(t -> t.man() == man).map(t -> t.audio().samples())
                .reduce(new float[0], (a, b) -> {
                    float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, c, a.length, b.length);
                    return c;
                });
        return YinPitchTracker.forSpeech().track(new PcmAudio(joined, RATE)).medianHz();
    }

    private static double number(Map<String, Object> phrase, String key) {
        return ((Number) phrase.get(key)).doubleValue();
    }

    private static PcmAudio man(String number) {
        return DECODER.decode(MAN.resolve("sense_and_sensibility_01_austen_64kb-" + number + ".wav"), RATE);
    }

    private static PcmAudio woman(String prompt) {
        return DECODER.decode(WOMAN.resolve(prompt + ".wav"), RATE);
    }
}
