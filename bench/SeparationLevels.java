import studio.loqui.media.TestMedia;
import studio.loqui.media.asr.SpeechSpans;
import studio.loqui.media.asr.Transcript;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.dsp.Resampler;
import studio.loqui.media.separation.SpectralSpeechRemover;
import studio.loqui.support.TestMusic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the mono speech removal holds as the music gets quieter under the voice: the test data's reader (0870, 1 s of
 * lead and 2 s of tail) over the tests' sine chords at four levels, separated as the dub separates. Prints, per
 * level, the music's level in the background inside the speech against the music alone (bar: within 3 dB), what is
 * left of the voice (background minus music, against the voice) and the share of the reader's words Vosk hears in
 * the background (bar: at most 10 %). Run from the project root after a build:
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 *   ./mvnw -B -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/SeparationLevels.java
 */
public class SeparationLevels {

    private static final int RATE = 32000;

    public static void main(String[] args) {
        PcmAudio voice = Resampler.toRate(padded(TestMedia.realVoice(TestMedia.VOICE_0870), 1.0, 2.0), RATE);
        double voiceRms = rms(voice.samples());
        System.out.println("| tone amplitude | music RMS against the voice's | music in the background | voice left "
                + "| words heard |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (double amplitude : new double[]{0.02, 0.006, 0.002, 0.0005}) {
            PcmAudio music = TestMusic.chords(voice.durationSeconds(), RATE, amplitude);
            PcmAudio mix = TestMusic.mix(voice, music);
            Transcript heard = TestMedia.RECOGNIZER.recognize(Resampler.toRate(mix, 16000), "en");
            SpeechSpans spans = SpeechSpans.of(heard, mix.durationSeconds());
            PcmAudio background = new SpectralSpeechRemover().background(mix, spans);
            double musicDb = TestMusic.levelDb(background, spans::contains) - TestMusic.levelDb(music, spans::contains);
            float[] left = new float[background.length()];
            for (int n = 0; n < left.length; n++) {
                left[n] = background.samples()[n] - music.samples()[n];
            }
            String inBackground = TestMedia.RECOGNIZER.recognize(Resampler.toRate(background, 16000), "en").text();
            System.out.printf("| %.4f | %+.1f dB | %+.2f dB | %.1f dB | %.0f %% |%n", amplitude,
                    db(rms(music.samples()) / voiceRms), musicDb, db(rms(left) / voiceRms),
                    100 * wordsHeard(inBackground));
            System.err.println("  heard in the background: \"" + inBackground + "\"");
        }
    }

    private static double wordsHeard(String heard) {
        List<String> left = new ArrayList<>(Arrays.asList(TestMedia.TEXT_0870.split(" ")));
        int total = left.size();
        for (String word : heard.toLowerCase().split("\\s+")) {
            left.remove(word);
        }
        return (total - left.size()) / (double) total;
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    private static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    private static PcmAudio padded(PcmAudio audio, double before, double after) {
        int lead = (int) (before * audio.sampleRate());
        float[] out = new float[lead + audio.length() + (int) (after * audio.sampleRate())];
        System.arraycopy(audio.samples(), 0, out, lead, audio.length());
        return new PcmAudio(out, audio.sampleRate());
    }
}
