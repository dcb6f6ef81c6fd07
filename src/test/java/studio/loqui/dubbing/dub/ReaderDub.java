package studio.loqui.dubbing.dub;

import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.support.TestMedia;
import studio.loqui.support.TestUsers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The dub sound tests' video speech (the test data's reader, two sentences) and what they measure of a dub. */
final class ReaderDub {

    /** What the reader says in the two sentences. */
    static final String WORDS = studio.loqui.media.TestMedia.TEXT_0870
            + " unless to be rather cold hearted and rather selfish is to be ill disposed";
    static final double SECONDS = 16.0;
    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());

    private ReaderDub() {
    }

    /** The reader's two sentences, 1 s in and with 1.2 s between, as {@link #SECONDS} at {@code rate}. */
    static PcmAudio sentences(int rate) {
        PcmAudio first = Resampler.toRate(DECODER.decode(TestMedia.speech(), 16000), rate);
        PcmAudio second = Resampler.toRate(DECODER.decode(TestMedia.shortSpeech(), 16000), rate);
        float[] out = new float[(int) (SECONDS * rate)];
        System.arraycopy(first.samples(), 0, out, rate, first.length());
        int at = rate + first.length() + (int) (1.2 * rate);
        System.arraycopy(second.samples(), 0, out, at, Math.min(second.length(), out.length - at));
        return new PcmAudio(out, rate);
    }

    /** The share of {@link #WORDS} found in {@code heard}. */
    static double wordsHeard(String heard) {
        List<String> left = new ArrayList<>(Arrays.asList(WORDS.split(" ")));
        int total = left.size();
        for (String word : heard.toLowerCase().split("\\s+")) {
            left.remove(word);
        }
        return (total - left.size()) / (double) total;
    }

    static double number(Map<String, Object> phrase, String key) {
        return ((Number) phrase.get(key)).doubleValue();
    }

    static Path download(TestUsers.Account user, String url, String suffix) {
        return TestMedia.tempFile(suffix, given().header("Authorization", user.bearer()).get(url).then()
                .statusCode(200).extract().asByteArray());
    }
}
