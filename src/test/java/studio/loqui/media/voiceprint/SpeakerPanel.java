package studio.loqui.media.voiceprint;

import studio.loqui.media.TestMedia;
import studio.loqui.media.audio.PcmAudio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real speakers installed on the machine, each with two recordings that share no words: a
 * {@code sample} to clone from and a {@code second} recording to compare clones with. Speakers
 * marked {@code heldOut} were not looked at while tuning the cloner, so their figures are reported apart.
 */
record SpeakerPanel(String name, String gender, boolean phoneBand, boolean heldOut, PcmAudio sample, PcmAudio second) {

    private static final Path SPHINX = Path.of("/usr/share/pocketsphinx/test/data");
    private static final Path ALSA = Path.of("/usr/share/sounds/alsa");
    private static final Path ASTERISK = Path.of("/usr/share/asterisk/sounds");

    static List<SpeakerPanel> all() {
        List<SpeakerPanel> panel = new ArrayList<>();
        panel.add(new SpeakerPanel("librivox-male", "male", false, false,
                wavs(SPHINX.resolve("librivox"), "sense_and_sensibility_01_austen_64kb-0870.wav",
                        "sense_and_sensibility_01_austen_64kb-0880.wav"),
                wavs(SPHINX.resolve("librivox"), "sense_and_sensibility_01_austen_64kb-0890.wav",
                        "sense_and_sensibility_01_austen_64kb-0920.wav", "sense_and_sensibility_01_austen_64kb-0930.wav")));
        panel.add(new SpeakerPanel("cards-male", "male", false, true,
                wavs(SPHINX.resolve("cards"), "001.wav", "002.wav", "003.wav"),
                wavs(SPHINX.resolve("cards"), "004.wav", "005.wav")));
        panel.add(new SpeakerPanel("alsa-female", "female", false, false,
                wavs(ALSA, "Front_Center.wav", "Front_Left.wav", "Front_Right.wav", "Rear_Center.wav"),
                wavs(ALSA, "Rear_Left.wav", "Rear_Right.wav", "Side_Left.wav", "Side_Right.wav")));
        panel.add(new SpeakerPanel("allison-en-8k", "female", true, false,
                wavs(ASTERISK.resolve("en_US_f_Allison"), "vm-options.wav"),
                wavs(ASTERISK.resolve("en_US_f_Allison"), "vm-msginstruct.wav")));
        panel.add(new SpeakerPanel("june-fr-8k", "female", true, true,
                wavs(ASTERISK.resolve("fr_CA_f_June"), "demo-congrats.wav"),
                wavs(ASTERISK.resolve("fr_CA_f_June"), "priv-callee-options.wav")));
        return panel;
    }

    /** The raw 16 kHz recordings of pocketsphinx's own tests, for checking who speaks them. */
    static PcmAudio raw(String name) {
        try {
            byte[] bytes = Files.readAllBytes(SPHINX.resolve(name));
            return PcmAudio.fromPcm16le(bytes, 0, bytes.length, 16000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PcmAudio wavs(Path dir, String... names) {
        List<PcmAudio> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(TestMedia.DECODER.decode(dir.resolve(name), VoiceAnalyzer.ANALYSIS_RATE));
        }
        return CloneAcceptanceTest.concat(parts);
    }
}
