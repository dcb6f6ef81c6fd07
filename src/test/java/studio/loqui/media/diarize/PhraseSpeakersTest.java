package studio.loqui.media.diarize;

import org.junit.jupiter.api.Test;
import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A man (LibriVox, three sentences) and a woman (Asterisk prompts, three) alternating are told apart. */
class PhraseSpeakersTest {

    static final Path WOMAN = Path.of("/usr/share/asterisk/sounds/en_US_f_Allison");
    static final Path MAN = Path.of("/usr/share/pocketsphinx/test/data/librivox");

    @Test
    void shouldTellAManFromAWomanAndKeepEachTogether() {
        List<PcmAudio> phrases = List.of(man("0870"), woman("cannot-complete-as-dialed"), man("0890"),
                woman("conf-waitforleader"), man("0880"), woman("check-number-dial-again"));
        List<PhraseVoice> voices = phrases.stream().map(PhraseVoice::of).toList();
        for (int i = 0; i < voices.size(); i++) {
            StringBuilder row = new StringBuilder(String.format("%5.1f st:", voices.get(i).medianSemitones()));
            for (PhraseVoice other : voices) {
                row.append(String.format(" %5.2f", PhraseSpeakers.distance(voices.get(i), other)));
            }
            System.out.println("Diarisation distances " + row);
        }
        int[] labels = PhraseSpeakers.labels(voices);
        System.out.println("Diarisation labels " + Arrays.toString(labels));
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, labels);
    }

    @Test
    void shouldKeepOneSpeakerAsOne() {
        assertArrayEquals(new int[] {0, 0, 0}, PhraseSpeakers.labels(List.of(PhraseVoice.of(man("0870")),
                PhraseVoice.of(man("0890")), PhraseVoice.of(man("0920")))));
    }

    static PcmAudio man(String number) {
        return TestMedia.DECODER.decode(MAN.resolve("sense_and_sensibility_01_austen_64kb-" + number + ".wav"), 16000);
    }

    static PcmAudio woman(String prompt) {
        return TestMedia.DECODER.decode(WOMAN.resolve(prompt + ".wav"), 16000);
    }
}
