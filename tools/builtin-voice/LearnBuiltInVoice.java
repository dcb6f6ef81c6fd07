import com.fasterxml.jackson.databind.ObjectMapper;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the built-in male voice from the five LibriVox recordings of Debian's pocketsphinx-testdata
 * (one public-domain reader) and writes it where {@code studio.loqui.speech.BuiltInVoices} reads it.
 */
public class LearnBuiltInVoice {

    static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    static final List<String> FILES = List.of("0870", "0880", "0890", "0920", "0930");

    public static void main(String[] args) throws Exception {
        AudioDecoder decoder = new AudioDecoder(new FFmpegBinaries());
        List<float[]> parts = new ArrayList<>();
        int n = 0;
        for (String f : FILES) {
            float[] s = decoder.decode(LIBRIVOX.resolve("sense_and_sensibility_01_austen_64kb-" + f + ".wav"),
                    VoiceAnalyzer.ANALYSIS_RATE).samples();
            parts.add(s);
            n += s.length;
        }
        float[] all = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        VoiceProfileData profile = new VoiceAnalyzer().analyze(new PcmAudio(all, VoiceAnalyzer.ANALYSIS_RATE));
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/studio/loqui/speech/builtin/male.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), profile);
        System.out.printf("%s: %.1f s of speech, median F0 %.1f Hz, %s (%.2f)%n", out, profile.speechSeconds(),
                profile.medianF0Hz(), profile.gender(), profile.genderConfidence());
    }
}
