package studio.loqui.dubbing.speakers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.voiceprint.SpeakerSimilarity;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recognition threshold on real recordings of three speakers: the LibriVox reader (five recordings), the
 * pocketsphinx card reader (another man, two recordings of several cards each) and the ALSA voice (a woman, two
 * recordings of four channel names each). No pair of different speakers may reach the threshold; the two
 * recordings of the reader that the dubbing test uses must.
 */
class SpeakerRecognitionTest {

    private static final AudioDecoder DECODER = new AudioDecoder(new FFmpegBinaries());
    private static final VoiceAnalyzer ANALYZER = new VoiceAnalyzer();
    private static final SpeakerSimilarity SIMILARITY = new SpeakerSimilarity(ANALYZER);
    private static final Path SPHINX = Path.of("/usr/share/pocketsphinx/test/data");
    private static final Path ALSA = Path.of("/usr/share/sounds/alsa");
    private static final Map<String, VoiceProfileData> RECORDINGS = new LinkedHashMap<>();

    @BeforeAll
    static void analyse() {
        for (String n : List.of("0870", "0880", "0890", "0920", "0930")) {
            RECORDINGS.put("reader/" + n, profile(SPHINX.resolve("librivox"), "sense_and_sensibility_01_austen_64kb-" + n + ".wav"));
        }
        RECORDINGS.put("cards/a", profile(SPHINX.resolve("cards"), "001.wav", "002.wav", "003.wav"));
        RECORDINGS.put("cards/b", profile(SPHINX.resolve("cards"), "004.wav", "005.wav"));
        RECORDINGS.put("alsa/a", profile(ALSA, "Front_Center.wav", "Front_Left.wav", "Front_Right.wav", "Rear_Center.wav"));
        RECORDINGS.put("alsa/b", profile(ALSA, "Rear_Left.wav", "Rear_Right.wav", "Side_Left.wav", "Side_Right.wav"));
    }

    @Test
    void shouldRecogniseNoStrangerAndTheReaderAgain() {
        List<String> names = new ArrayList<>(RECORDINGS.keySet());
        double strangest = 0;
        int same = 0;
        int accepted = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                boolean sameSpeaker = speaker(names.get(i)).equals(speaker(names.get(j)));
                Optional<SpeakerRecognition.Match> match = SpeakerRecognition.match(
                        List.of(RECORDINGS.get(names.get(i))), List.of(RECORDINGS.get(names.get(j))), SIMILARITY).get(0);
                double score = SIMILARITY.score(RECORDINGS.get(names.get(i)), RECORDINGS.get(names.get(j)));
                System.out.printf("%-12s %-12s %s %.3f%n", names.get(i), names.get(j), sameSpeaker ? "same" : "diff", score);
                if (sameSpeaker) {
                    same++;
                    accepted += match.isPresent() ? 1 : 0;
                } else {
                    strangest = Math.max(strangest, score);
                    assertTrue(match.isEmpty(), names.get(i) + " was recognised as " + names.get(j) + " at " + score);
                }
            }
        }
        System.out.printf("different speakers scored at most %.3f; %d of %d same-speaker pairs recognised%n",
                strangest, accepted, same);
        assertTrue(SpeakerRecognition.match(List.of(RECORDINGS.get("reader/0890")),
                List.of(RECORDINGS.get("reader/0870")), SIMILARITY).get(0).isPresent(), "the reader is not recognised");
    }

    @Test
    void shouldGiveAKnownSpeakerToOneSpeakerOfAVideoOnly() {
        List<Optional<SpeakerRecognition.Match>> matches = SpeakerRecognition.match(
                List.of(RECORDINGS.get("cards/b"), RECORDINGS.get("reader/0890"), RECORDINGS.get("reader/0930")),
                List.of(RECORDINGS.get("alsa/a"), RECORDINGS.get("reader/0870")), SIMILARITY);
        assertEquals(Optional.empty(), matches.get(0));
        assertEquals(1, matches.get(1).orElseThrow().known(), "0890, the closest to 0870, takes the reader");
        assertEquals(Optional.empty(), matches.get(2), "the reader is already taken by 0890");
    }

    @Test
    void shouldNotRecogniseAnyoneFromTooLittleSpeech() {
        VoiceProfileData oneCard = profile(SPHINX.resolve("cards"), "001.wav");
        assertTrue(oneCard.voiceprint().speechSeconds() < SpeakerRecognition.MIN_SPEECH_SECONDS);
        assertEquals(Optional.empty(), SpeakerRecognition.match(List.of(oneCard), List.of(oneCard), SIMILARITY).get(0));
    }

    private static String speaker(String name) {
        return name.substring(0, name.indexOf('/'));
    }

    private static VoiceProfileData profile(Path dir, String... files) {
        List<float[]> parts = Arrays.stream(files)
                .map(f -> DECODER.decode(dir.resolve(f), VoiceAnalyzer.ANALYSIS_RATE).samples()).toList();
        float[] joined = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return ANALYZER.analyze(new PcmAudio(joined, VoiceAnalyzer.ANALYSIS_RATE));
    }
}
