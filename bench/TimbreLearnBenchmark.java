import studio.loqui.media.asr.Transcript;
import studio.loqui.media.asr.VoskRecognizer;
import studio.loqui.media.audio.AudioDecoder;
import studio.loqui.media.audio.PcmAudio;
import studio.loqui.media.ffmpeg.FFmpegBinaries;
import studio.loqui.media.tts.MaryTtsSynthesizer;
import studio.loqui.media.tts.SynthesizerChooser;
import studio.loqui.media.voiceprint.TimbreLearner;
import studio.loqui.media.voiceprint.TimbreMapping;
import studio.loqui.media.voiceprint.VoiceAnalyzer;
import studio.loqui.media.voiceprint.VoiceProfileData;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Time to learn a voice from a ~30 s sample (Asterisk's 29 s French prompt "demo-congrats", 8 kHz):
 * hearing it with Vosk, measuring it, and learning its timbre (the engine says the heard words, DTW, classes).
 * Median of 5 after 2 warm-up runs. Run with bench/run-timbre-bench.sh.
 */
public class TimbreLearnBenchmark {

    public static void main(String[] args) {
        PcmAudio sample = new AudioDecoder(new FFmpegBinaries()).decode(
                Path.of("/usr/share/asterisk/sounds/fr_CA_f_June/demo-congrats.wav"), VoiceAnalyzer.ANALYSIS_RATE);
        VoskRecognizer vosk = new VoskRecognizer();
        vosk.preload();
        VoiceAnalyzer analyzer = new VoiceAnalyzer();
        TimbreLearner learner = new TimbreLearner(new SynthesizerChooser(List.of(new MaryTtsSynthesizer())));
        double[] hear = new double[5];
        double[] learn = new double[5];
        TimbreMapping last = null;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            Transcript heard = vosk.recognize(sample, "en");
            long t1 = System.nanoTime();
            VoiceProfileData measured = analyzer.analyze(sample);
            last = learner.learn(List.of(new TimbreLearner.HeardSample(sample, heard)), measured);
            long t2 = System.nanoTime();
            if (i >= 2) {
                hear[i - 2] = (t1 - t0) / 1e9;
                learn[i - 2] = (t2 - t1) / 1e9;
            }
        }
        java.util.Arrays.sort(hear);
        java.util.Arrays.sort(learn);
        System.out.printf(Locale.ROOT, "sample %.1f s; %s; hearing (Vosk) %.2f s, measuring + learning %.2f s, total %.2f s%n",
                sample.durationSeconds(), last.learned() ? "learned " + last.parallelSeconds() + " s" : last.reason(),
                hear[2], learn[2], hear[2] + learn[2]);
    }
}
