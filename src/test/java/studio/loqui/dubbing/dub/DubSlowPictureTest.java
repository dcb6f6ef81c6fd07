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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.loqui.dubbing.dub.ReaderDub.download;
import static studio.loqui.dubbing.dub.ReaderDub.number;
import static studio.loqui.dubbing.dub.ReaderDub.sentences;

/**
 * {@code slow_picture}: the reader's video dubbed from a Spanish transcript into English, whose first cue lasts
 * 1.5 s but says more than fits there even at 1.25x, the next cue following straight after. With the option, the
 * picture of that stretch is slowed: the video lasts as long as the original plus the reported slowing, the
 * stretch has as many more frames, the first phrase is heard no faster than 1.25x the voice's own pace (its
 * characters per second of voice activity against the unhurried second phrase's), the second starts within
 * 100 ms of its mapped start and after the first ends, and Vosk hears the English words. Without it, the video
 * keeps the original's length within a frame and the first phrase is hurried, which the same measure shows. An
 * edit that makes the first phrase fit undoes the slowing: later phrases move back, and picture, sound and
 * background stem are the original's length again.
 */
@QuarkusTest
@Tag("voice")
class DubSlowPictureTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final int RATE = 32000;
    private static final double FRAME = 0.04;
    private static final String SRT = "1\n00:00:01,200 --> 00:00:02,700\nel hombre tuvo entonces tiempo para pensar\n\n"
            + "2\n00:00:02,700 --> 00:00:09,500\nla casa de mi padre es muy grande y tiene un jardín\n\n"
            + "3\n00:00:09,500 --> 00:00:14,400\nel tren llega tarde\n";
    /** Characters a second at most 1.25x the voice's own pace, with room for how unevenly words are spoken. */
    private static final double MOST_PACE = 1.45;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldSlowThePictureRatherThanHurryAPhraseOnlyWhenAsked() throws Exception {
        Path video = FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav",
                WavFiles.encode(TestMusic.mix(TestMusic.chords(ReaderDub.SECONDS, RATE, 0.01), sentences(RATE)))));
        double originalSeconds = DECODER.decode(video, RATE).durationSeconds();
        var user = TestUsers.register();
        String videoId = TestUploads.upload(user, video);

        String slowedId = dub(user, videoId, true);
        JsonPath slowed = completed(user, slowedId);
        List<Map<String, Object>> phrases = slowed.getList("phrases");
        System.out.println("Slowed dub: " + phrases + ", slowed " + slowed.get("picture_slowed_seconds") + " s");
        assertEquals(3, phrases.size());
        Map<String, Object> first = phrases.get(0);
        Map<String, Object> second = phrases.get(1);
        double added = number(first, "picture_slowed_seconds");
        assertTrue(added > 0.2, "the first phrase's picture was not slowed: " + first);
        assertEquals(added, slowed.getDouble("picture_slowed_seconds"), 1e-6);
        assertEquals(0, number(second, "picture_slowed_seconds"), 1e-9);
        assertEquals(2.7 + added, number(second, "mapped_start"), 1e-3);

        Path slowedVideo = download(user, slowed.getString("result_url"), ".mp4");
        PcmAudio sound = DECODER.decode(slowedVideo, RATE);
        double pictureSeconds = lastFrameEnd(slowedVideo);
        System.out.printf("Slowed dub: original %.3f s, sound %.3f s, picture %.3f s, reported %.3f s + %.3f s%n",
                originalSeconds, sound.durationSeconds(), pictureSeconds, originalSeconds, added);
        assertEquals(originalSeconds + added, sound.durationSeconds(), FRAME, "sound length");
        assertEquals(originalSeconds + added, pictureSeconds, FRAME, "picture length");
        assertEquals(originalSeconds + added, slowed.getDouble("duration"), FRAME, "reported length");

        int before = frames(video, 1.2, 2.7);
        int after = frames(slowedVideo, number(first, "mapped_start"), number(second, "mapped_start"));
        System.out.printf("Frames of the slowed stretch: %d in the original, %d in the dub%n", before, after);
        assertTrue(after >= before * (1.5 + added) / 1.5 - 2 && after > before, before + " -> " + after);

        Path voiceStem = download(user, slowed.getString("stems.voice.url"), ".wav");
        PcmAudio voice = DECODER.decode(voiceStem, RATE);
        double[] firstHeard = heard(voice, number(first, "dubbed_start") - 0.05, number(second, "dubbed_start"));
        double[] secondHeard = heard(voice, number(second, "dubbed_start") - 0.05,
                number(phrases.get(2), "dubbed_start"));
        double pace = pace(first, firstHeard) / pace(second, secondHeard);
        System.out.printf("Slowed dub: first phrase heard %.3f-%.3f s, second from %.3f s (mapped %.3f s);"
                + " first phrase at %.2fx the second's pace%n", firstHeard[0], firstHeard[1], secondHeard[0],
                number(second, "mapped_start"), pace);
        assertTrue(number(first, "tempo") <= PhraseSlot.MAX_TEMPO + 1e-9, "hurried: " + first);
        assertEquals(1.0, number(second, "tempo"), 1e-9, "the second phrase has room: " + second);
        assertTrue(pace <= MOST_PACE, "the first phrase is heard hurried: " + pace);
        assertEquals(number(second, "mapped_start"), secondHeard[0], 0.1, "the second phrase starts late or early");
        assertTrue(firstHeard[1] < secondHeard[0], "the phrases overlap");
        assertTrue(number(first, "dubbed_end") < number(second, "dubbed_start"));

        String words = studio.loqui.media.TestMedia.RECOGNIZER.recognize(Resampler.toRate(sound, 16000), "en").text();
        double share = shareHeard(first.get("translation") + " " + second.get("translation") + " "
                + phrases.get(2).get("translation"), words);
        System.out.printf("Vosk hears in the slowed dub: \"%s\" (%.0f %% of the translations' words)%n",
                words, 100 * share);
        assertTrue(share >= 0.6, "the dubbed words are not heard: " + words);
        String target = given().header("Authorization", user.bearer()).get(slowed.getString("subtitles_url"))
                .then().statusCode(200).extract().asString();
        assertTrue(target.contains(srtTime(number(second, "dubbed_start"))), target);

        JsonPath kept = completed(user, dub(user, videoId, false));
        List<Map<String, Object>> keptPhrases = kept.getList("phrases");
        System.out.println("Dub without slowing: " + keptPhrases);
        PcmAudio keptSound = DECODER.decode(download(user, kept.getString("result_url"), ".mp4"), RATE);
        assertEquals(originalSeconds, keptSound.durationSeconds(), FRAME, "the dub's length changed");
        assertEquals(0, kept.getDouble("picture_slowed_seconds"), 1e-9);
        PcmAudio keptVoice = DECODER.decode(download(user, kept.getString("stems.voice.url"), ".wav"), RATE);
        double hurried = pace(keptPhrases.get(0), heard(keptVoice, number(keptPhrases.get(0), "dubbed_start") - 0.05,
                number(keptPhrases.get(1), "dubbed_start"))) / pace(keptPhrases.get(1), heard(keptVoice,
                number(keptPhrases.get(1), "dubbed_start") - 0.05,
                number(keptPhrases.get(2), "dubbed_start")));
        System.out.printf("Dub without slowing: first phrase at %.2fx the second's pace, tempo %.2f%n", hurried,
                number(keptPhrases.get(0), "tempo"));
        assertTrue(number(keptPhrases.get(0), "tempo") > PhraseSlot.MAX_TEMPO, keptPhrases.toString());
        assertTrue(hurried > MOST_PACE, "the measure of pace cannot tell a hurried phrase: " + hurried);
        keptPhrases.forEach(p -> assertEquals(0, number(p, "drift"), 0.1, "late: " + p));

        JsonPath edited = completed(user, given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("translation", "The man thought.")).patch("/api/v1/process/dub/" + slowedId
                        + "/phrases/0").then().statusCode(202).extract().path("job_id"));
        List<Map<String, Object>> editedPhrases = edited.getList("phrases");
        System.out.println("Edited to fit: " + editedPhrases);
        assertEquals(List.of(0), edited.getList("rendered_phrases"));
        assertEquals(List.of(1, 2), edited.getList("reused_phrases"));
        assertEquals(0, edited.getDouble("picture_slowed_seconds"), 1e-9);
        assertEquals(number(second, "dubbed_start") - added, number(editedPhrases.get(1), "dubbed_start"), 1e-3);
        assertEquals(2.7, number(editedPhrases.get(1), "mapped_start"), 1e-3);
        Path editedVideo = download(user, edited.getString("result_url"), ".mp4");
        assertEquals(originalSeconds, DECODER.decode(editedVideo, RATE).durationSeconds(), FRAME, "edited sound");
        assertEquals(originalSeconds, lastFrameEnd(editedVideo), FRAME, "edited picture");
        assertEquals(before, frames(editedVideo, 1.2, 2.7), 1, "the edited dub's picture is still slowed");
        PcmAudio editedBackground = DECODER.decode(download(user, edited.getString("stems.background.url"), ".wav"),
                RATE);
        assertEquals(originalSeconds, editedBackground.durationSeconds(), FRAME, "edited background stem");
    }

    /**
     * Captions burned into a slowed picture are drawn after it was slowed, so they keep to the dubbed speech: on
     * during the last phrase as the output times it and off just after, where the original's time line would still
     * show it.
     */
    @Test
    void shouldBurnCaptionsOnTheSlowedPictureAtTheDubbedTimes() throws Exception {
        Path video = FFmpegTool.videoWithSpeech(TestMedia.tempFile(".wav", WavFiles.encode(sentences(RATE))));
        var user = TestUsers.register();
        JsonPath result = completed(user, given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", TestUploads.upload(user, video), "source_language", "es",
                        "target_language", "en", "quality", "low", "transcript", SRT, "slow_picture", true,
                        "burn_captions", true))
                .post("/api/v1/process/dub").then().statusCode(202).extract().path("job_id"));
        List<Map<String, Object>> phrases = result.getList("phrases");
        double added = result.getDouble("picture_slowed_seconds");
        Map<String, Object> last = phrases.get(2);
        Path dubbed = download(user, result.getString("result_url"), ".mp4");
        double during = captioned(dubbed, number(last, "dubbed_start") + 0.3);
        double after = captioned(dubbed, number(last, "dubbed_end") + 0.3);
        System.out.printf("Captions on the slowed picture (%.3f s added): %.1f %% of the bottom rows drawn during the"
                + " last phrase, %.1f %% just after it%n", added, 100 * during, 100 * after);
        assertTrue(added > 0.2, "not slowed: " + phrases);
        assertTrue(during > 0.02, "no caption during the last phrase: " + during);
        assertTrue(after < 0.002, "a caption after the last phrase ended: " + after);
    }

    /** The share of the bottom third's pixels at {@code seconds} that are not the test video's teal. */
    private static double captioned(Path video, double seconds) throws Exception {
        byte[] rgb = Files.readAllBytes(FFmpegTool.run(".rgb", "-ss", String.format(java.util.Locale.ROOT, "%.3f",
                seconds), "-i", video.toString(), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24"));
        int width = 320;
        int changed = 0;
        int pixels = 0;
        for (int at = 160 * width * 3; at + 2 < rgb.length && at < 240 * width * 3; at += 3) {
            int diff = Math.abs((rgb[at] & 0xFF) - 0) + Math.abs((rgb[at + 1] & 0xFF) - 128)
                    + Math.abs((rgb[at + 2] & 0xFF) - 128);
            changed += diff > 90 ? 1 : 0;
            pixels++;
        }
        return changed / (double) pixels;
    }

    /** Characters of the phrase's translation a second of its voice activity. */
    private static double pace(Map<String, Object> phrase, double[] heard) {
        return ((String) phrase.get("translation")).replaceAll("[^\\p{L}]", "").length() / (heard[1] - heard[0]);
    }

    /** Where voice is heard in {@code [from, to)}: 10 ms frames within 50 dB of the loudest there. */
    private static double[] heard(PcmAudio voice, double from, double to) {
        int frame = voice.sampleRate() / 100;
        int first = (int) Math.max(0, from * 100);
        int last = (int) Math.min(voice.length() / frame, to * 100);
        double[] rms = new double[Math.max(0, last - first)];
        double loudest = 0;
        for (int f = 0; f < rms.length; f++) {
            double sum = 0;
            for (int n = (first + f) * frame; n < (first + f + 1) * frame; n++) {
                sum += voice.samples()[n] * (double) voice.samples()[n];
            }
            rms[f] = Math.sqrt(sum / frame);
            loudest = Math.max(loudest, rms[f]);
        }
        double threshold = loudest * Math.pow(10, -50 / 20.0);
        int on = 0;
        while (on < rms.length - 1 && rms[on] < threshold) {
            on++;
        }
        int off = rms.length - 1;
        while (off > on && rms[off] < threshold) {
            off--;
        }
        return new double[]{(first + on) / 100.0, (first + off + 1) / 100.0};
    }

    /** The frames of the first picture stream whose times lie in {@code [from, to)}, from FFmpeg's framemd5. */
    private static int frames(Path video, double from, double to) throws Exception {
        int count = 0;
        for (double t : frameTimes(video)) {
            if (t >= from - 1e-6 && t < to - 1e-6) {
                count++;
            }
        }
        return count;
    }

    private static double lastFrameEnd(Path video) throws Exception {
        List<Double> times = frameTimes(video);
        return times.get(times.size() - 1) + (times.get(times.size() - 1) - times.get(times.size() - 2));
    }

    private static List<Double> frameTimes(Path video) throws Exception {
        List<String> lines = Files.readAllLines(FFmpegTool.run(".txt", "-i", video.toString(), "-map", "0:v:0",
                "-f", "framemd5"));
        double base = 0;
        List<Double> times = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#tb 0:")) {
                String[] rational = line.substring(6).strip().split("/");
                base = Double.parseDouble(rational[0]) / Double.parseDouble(rational[1]);
            } else if (!line.startsWith("#") && !line.isBlank()) {
                times.add(Long.parseLong(line.split(",")[2].strip()) * base);
            }
        }
        return times;
    }

    private static double shareHeard(String said, String heard) {
        List<String> left = new ArrayList<>(List.of(heard.toLowerCase().split("\\s+")));
        String[] words = said.toLowerCase().replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
        int found = 0;
        for (String word : words) {
            if (left.remove(word)) {
                found++;
            }
        }
        return found / (double) words.length;
    }

    private static String srtTime(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    private static String dub(TestUsers.Account user, String videoId, boolean slowPicture) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("video_file_id", videoId, "source_language", "es", "target_language", "en",
                        "quality", "low", "transcript", SRT, "slow_picture", slowPicture))
                .post("/api/v1/process/dub").then().statusCode(202).extract().path("job_id");
    }

    private static JsonPath completed(TestUsers.Account user, String jobId) {
        assertEquals("completed", VoiceFixtures.awaitJob(user, jobId));
        return given().header("Authorization", user.bearer()).get("/api/v1/process/status/" + jobId)
                .then().statusCode(200).extract().jsonPath().setRootPath("result");
    }
}
