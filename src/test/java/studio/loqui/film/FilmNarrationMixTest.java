package studio.loqui.film;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.asr.WordErrorRate;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.support.TestJson;
import studio.loqui.support.TestUsers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The narration of a film with music, heard in the final mix: Vosk recognises it, and the music is measured
 * under and between the lines. The same film rendered without music gives the voice alone; the mix less the
 * voice (scaled by least squares, in case the mix was limited) is the music.
 */
@QuarkusTest
@Tag("api")
class FilmNarrationMixTest {

    static final String SCRIPT = "The sun rises over the green hills\nA small boat sails across the quiet lake\n"
            + "Children play with their dog in the park";
    private static final double SECONDS = 16;
    private static final int RATE = 16000;
    /** 20 ms frames. */
    private static final int FRAME = RATE / 50;

    @Inject
    AudioDecoder decoder;

    @Inject
    VoskRecognizer recognizer;

    @BeforeAll
    static void numbers() {
        TestJson.useDoubles();
    }

    @Test
    void shouldRecogniseTheNarrationOverTheMusicAndDuckTheMusicUnderIt() throws Exception {
        TestUsers.Account a = TestUsers.register();
        PcmAudio mix = soundOf(a, true);
        PcmAudio voice = soundOf(a, false);

        String heard = recognizer.recognize(mix, "en").text();
        double wer = WordErrorRate.compute(SCRIPT.replace('\n', ' '), heard).rate();
        assertTrue(wer <= 0.15, "script '" + SCRIPT + "', heard in the mix '" + heard + "' (WER " + wer
                + "); the voice alone is heard as '" + recognizer.recognize(voice, "en").text() + "'");

        System.out.printf("film narration: WER %.3f in the mix, heard '%s'%n", wer, heard);
        boolean[] speaking = speaking(voice.samples());
        List<double[]> lines = spokenSpans(speaking);
        assertEquals(3, lines.size(), "three lines, each spoken on its own, with pauses between: " + spans(lines));
        for (int i = 1; i < lines.size(); i++) {
            double pause = lines.get(i)[0] - lines.get(i - 1)[1];
            assertTrue(pause >= 1.0, "a natural pause between lines " + i + " and " + (i + 1) + ": " + pause + " s");
        }
        assertTrue(lines.get(0)[0] >= 0.4, "the first picture shows before the first line: " + lines.get(0)[0]);
        assertTrue(lines.get(2)[1] > 0.7 * SECONDS, "the lines are spread over the film: " + spans(lines));

        float[] music = music(mix.samples(), voice.samples(), speaking);
        double under = rms(music, near(speaking, 0), 1.2);
        double between = rms(music, far(speaking, 0.8), 1.2);
        double duck = 20 * Math.log10(between / under);
        System.out.printf("film music: rms %.4f between lines, %.4f under the voice, ducked %.1f dB%n", between, under, duck);
        assertTrue(between > 0.02, "the music is heard between the lines: rms " + between);
        assertTrue(duck >= 10 && duck <= 15, "music " + between + " between lines, " + under
                + " under the voice: ducked " + duck + " dB");
    }

    private PcmAudio soundOf(TestUsers.Account account, boolean music) throws Exception {
        int project = ProjectsResourceTest.createProject(account);
        Map<String, Object> config = new HashMap<>(Map.of("num_images", 3, "video_duration", SECONDS, "fps", 5,
                "quality", "low", "include_voice", true, "include_music", music, "voice", "default"));
        config.put("genre", "cinematic");
        config.put("mood", "inspiring");
        long id = given().header("Authorization", account.bearer()).contentType(ContentType.JSON)
                .body(Map.of("project_id", project, "script", SCRIPT, "config", config))
                .post("/api/v1/jobs/").then().statusCode(201).extract().<Number>path("id").longValue();
        List<JsonNode> events = FilmRenderTest.follow(account, id);
        assertEquals("completed", events.get(events.size() - 1).get("status").asText(), events.toString());
        Path film = FilmRenderTest.download(FilmRenderTest.signedUrl(account, id));
        return decoder.decode(film, RATE);
    }

    /** Frames where the voice alone is louder than -40 dBFS. */
    private static boolean[] speaking(float[] voice) {
        boolean[] on = new boolean[voice.length / FRAME];
        for (int f = 0; f < on.length; f++) {
            on[f] = rms(voice, f * FRAME, FRAME) > 0.01;
        }
        return on;
    }

    /** Runs of speech, joined across gaps shorter than 0.45 s (the pauses between words). */
    private static List<double[]> spokenSpans(boolean[] speaking) {
        List<double[]> spans = new java.util.ArrayList<>();
        int gapFrames = (int) (0.45 * 50);
        int start = -1;
        int last = -1;
        for (int f = 0; f < speaking.length; f++) {
            if (!speaking[f]) {
                continue;
            }
            if (start < 0) {
                start = f;
            } else if (f - last > gapFrames) {
                spans.add(new double[] {start / 50.0, (last + 1) / 50.0});
                start = f;
            }
            last = f;
        }
        if (start >= 0) {
            spans.add(new double[] {start / 50.0, (last + 1) / 50.0});
        }
        return spans;
    }

    private static String spans(List<double[]> spans) {
        return spans.stream().map(s -> String.format("%.2f-%.2f", s[0], s[1])).toList().toString();
    }

    /** The mix less the voice, the voice scaled by least squares over the speech. */
    private static float[] music(float[] mix, float[] voice, boolean[] speaking) {
        double cross = 0;
        double power = 0;
        for (int f = 0; f < speaking.length; f++) {
            if (speaking[f]) {
                for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                    cross += mix[i] * voice[i];
                    power += voice[i] * voice[i];
                }
            }
        }
        double scale = cross / power;
        float[] music = new float[Math.min(mix.length, voice.length)];
        for (int i = 0; i < music.length; i++) {
            music[i] = (float) (mix[i] - scale * voice[i]);
        }
        return music;
    }

    private static boolean[] near(boolean[] speaking, double seconds) {
        return dilate(speaking, (int) Math.round(seconds * 50));
    }

    /** Frames more than {@code seconds} from any speech. */
    private static boolean[] far(boolean[] speaking, double seconds) {
        boolean[] near = dilate(speaking, (int) Math.round(seconds * 50));
        boolean[] far = new boolean[near.length];
        for (int f = 0; f < far.length; f++) {
            far[f] = !near[f];
        }
        return far;
    }

    private static boolean[] dilate(boolean[] on, int frames) {
        boolean[] out = new boolean[on.length];
        for (int f = 0; f < on.length; f++) {
            if (on[f]) {
                for (int g = Math.max(0, f - frames); g <= Math.min(on.length - 1, f + frames); g++) {
                    out[g] = true;
                }
            }
        }
        return out;
    }

    /** RMS over the chosen frames, leaving out {@code edge} seconds at each end (the music fades there). */
    private static double rms(float[] samples, boolean[] frames, double edge) {
        double sum = 0;
        long n = 0;
        int skip = (int) Math.round(edge * 50);
        for (int f = skip; f < frames.length - skip; f++) {
            if (frames[f]) {
                for (int i = f * FRAME; i < (f + 1) * FRAME && i < samples.length; i++) {
                    sum += samples[i] * samples[i];
                    n++;
                }
            }
        }
        assertTrue(n > RATE / 2, "at least half a second measured");
        return Math.sqrt(sum / n);
    }

    private static double rms(float[] samples, int from, int length) {
        double sum = 0;
        for (int i = from; i < from + length && i < samples.length; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / length);
    }
}
